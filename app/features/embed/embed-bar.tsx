import { useT } from '@/i18n/catalogue';
import { useFirstView } from '@/lib/use-first-view';
import { useUi } from '@/store/store';
import { writeUrl } from '@/store/url-codec';
import { appBase, fullViewUrl } from './embed-links';
import './embed.css';

/**
 * The one line of chrome an embed keeps: what this is, and the way out to the full view. It is
 * in the prerendered markup too (embed.css hides it unless boot.js marked the page as an embed),
 * so an embed's map and evidence do not move down when the app takes over.
 */
export function EmbedBar() {
  const selection = useUi((s) => s.selection);
  const theme = useUi((s) => s.theme);
  const t = useT();
  // The built page cannot know its address; until the app runs, the link opens the full view.
  const href = useFirstView(
    () =>
      fullViewUrl(
        appBase(window.location),
        writeUrl(window.location.search, { select: selection, theme }),
      ),
    './',
  );
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
