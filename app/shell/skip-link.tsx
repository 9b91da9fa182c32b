/** With a toolbar of tools ahead of the map, keyboard users get a way straight to it. */
export function SkipLink() {
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
      Skip to the map
    </a>
  );
}
