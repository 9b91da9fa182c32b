import { useT } from '@/i18n/catalogue';
import { useUi } from '@/store/store';
import { writeUrl } from '@/store/url-codec';
import { appBase, fullViewUrl } from './embed-snippet';
import './embed.css';

/** The one line of chrome an embed keeps: what this is, and the way out to the full view. */
export function EmbedBar() {
  const selection = useUi((s) => s.selection);
  const theme = useUi((s) => s.theme);
  const t = useT();
  const search = writeUrl(window.location.search, { select: selection, theme });
  const href = fullViewUrl(appBase(window.location), search);
  return (
    <header className="embed-bar">
      <h1 className="embed-title">{t.shell.heading}</h1>
      <a className="embed-open" href={href} target="_top">
        {t.embed.openFullView}
        <span aria-hidden="true"> ↗</span>
      </a>
    </header>
  );
}
