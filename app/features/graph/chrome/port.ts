// Publishing the map's port (app/lib/graph-port.ts) from either painter.
import { useEffect } from 'react';
import type { GraphPort, MapSnapshot } from '@/lib/graph-port';

export type OnPort = (port: GraphPort | null) => void;

/** Hands the port to the shell while the painter is mounted. */
export function usePublishPort(onPort: OnPort | undefined, port: GraphPort) {
  useEffect(() => {
    onPort?.(port);
    return () => onPort?.(null);
  }, [onPort, port]);
}

/** The legend's entries as this map's own legend draws them. */
export function legendEntries(root: Element | null): MapSnapshot['legend'] {
  return [...(root?.querySelectorAll<HTMLLIElement>('.legend-list li') ?? [])].flatMap((li) => {
    const swatch = li.querySelector<SVGSVGElement>('svg');
    const label = li.textContent?.trim() ?? '';
    return swatch && label ? [{ swatch, label }] : [];
  });
}
