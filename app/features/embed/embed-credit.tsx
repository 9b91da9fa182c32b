import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { appBase } from './embed-snippet';

/**
 * The embed's last line, like the source line under an exported PNG: what the map is, what it
 * rests on and where it lives, so a reader of the article can find it and cite it.
 */
export function EmbedCredit({ index }: { index: GraphIndex }) {
  const t = useT();
  const passages = index.data.edges.reduce((n, e) => n + e.passages.length, 0);
  const base = appBase(window.location);
  return (
    <footer className="embed-credit">
      {t.surfaces.embedCredit(index.data.sources.length, passages)}{' '}
      <a href={base} target="_top">
        {base.replace(/^https?:\/\//, '').replace(/\/$/, '')}
      </a>
    </footer>
  );
}
