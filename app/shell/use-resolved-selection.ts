import { useEffect, useMemo } from 'react';
import { resolveSelection, type GraphIndex, type Resolved } from '@/model/graph-index';
import { useUi } from '@/store/store';

/** The selection resolved against the data; a selection naming nothing becomes a notice. */
export function useResolvedSelection(index: GraphIndex | undefined): Resolved | null {
  const selection = useUi((s) => s.selection);
  const resolved = useMemo(
    () => (index && selection ? resolveSelection(index, selection) : null),
    [index, selection],
  );
  const dropSelection = useUi((s) => s.dropSelection);
  useEffect(() => {
    if (resolved?.kind === 'none') dropSelection(resolved.notice);
  }, [resolved, dropSelection]);
  return resolved;
}
