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
  useEffect(() => {
    if (resolved?.kind !== 'none') return;
    const ui = useUi.getState();
    ui.notify(resolved.notice);
    ui.select(null, 'replace');
  }, [resolved]);
  return resolved;
}
