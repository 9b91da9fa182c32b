import { useT } from '@/i18n/catalogue';
import { EXPORT_DIR } from '@/lib/open-data/files';
import { lineEvidence } from '@/model/counts';
import type { GraphIndex } from '@/model/graph-index';
import { appBase } from './embed-links';

/**
 * The embed's last line, like the source line under an exported PNG: what the map is, what it
 * rests on and where it lives, so a reader of the article can find it and cite it.
 */
export function EmbedCredit({ index }: { index: GraphIndex }) {
  const t = useT();
  const lines = lineEvidence(index.data);
  const base = appBase(window.location);
  return (
    <footer className="embed-credit">
      {t.surfaces.embedCredit(lines.sources, lines.passages)}{' '}
      <a href={base} target="_top">
        {base.replace(/^https?:\/\//, '').replace(/\/$/, '')}
      </a>
      {' · '}
      {/* Datawrapper-style "Get the data": the full view's menu lists every format. */}
      <a href={`${base}${EXPORT_DIR}relations-passages.csv`} download>
        {t.surfaces.embedData}
      </a>
    </footer>
  );
}
