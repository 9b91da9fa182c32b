import { useT } from '@/i18n/catalogue';

/** With a toolbar of tools ahead of the map, keyboard users get a way straight to it. */
export function SkipLink() {
  const t = useT();
  return (
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
  );
}
