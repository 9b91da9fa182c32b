import { useT } from '@/i18n/catalogue';

/**
 * With a toolbar of tools ahead of the map, keyboard users get a way straight to it, and a
 * second one straight to the evidence: the first passage when something is selected (it took
 * 53 Tabs from page load to reach one), else the panel's heading. The panel and the map are
 * other features' elements, reached through the DOM.
 */
export function SkipLink() {
  const t = useT();
  return (
    <>
      <a
        className="skip-link"
        href="#map"
        onClick={(e) => {
          const first = document.querySelector<SVGElement>(
            '.graph [role="button"]:not([tabindex="-1"])',
          );
          if (!first) return;
          e.preventDefault();
          first.focus();
        }}
      >
        {t.shell.skipToMap}
      </a>
      <a
        className="skip-link"
        href="#evidence"
        onClick={(e) => {
          const target =
            document.querySelector<HTMLElement>('.panel figure') ??
            document.querySelector<HTMLElement>('.panel h2');
          if (!target) return;
          e.preventDefault();
          // A figure is not focusable of itself; focused, a screen reader reads the passage and
          // the next Tab reaches its "Read in source". The browser scrolls it into view, as it
          // does for any keyboard focus.
          if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
          target.focus();
        }}
      >
        {t.surfaces.skipToEvidence}
      </a>
    </>
  );
}
