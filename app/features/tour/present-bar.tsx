import type { RefObject } from 'react';
import { useT } from '@/i18n/catalogue';
import { useUi } from '@/store/store';

/**
 * Presenting a selection that no step of the tour shows (a prepared link such as
 * `?present=1&select=kazakhstan,nato`): the selection is the slide, as the link says; the
 * clicker's Next, or "Start tour", opens the tour at its first step.
 */
export function PresentBar({ region }: { region: RefObject<HTMLElement | null> }) {
  const t = useT();
  const startTour = useUi((s) => s.startTour);
  const togglePresent = useUi((s) => s.togglePresenting);
  return (
    <section className="tour-bar" aria-label={t.present.region} tabIndex={-1} ref={region}>
      <div className="tour-text">
        <div className="tour-counter">
          <h1 className="tour-name">{t.present.region}</h1>
        </div>
      </div>
      <div className="tour-controls">
        <button type="button" className="button button-primary" onClick={() => startTour()}>
          {t.shell.startTour}
        </button>
        <button
          type="button"
          className="button"
          onClick={togglePresent}
          aria-pressed="true"
          aria-keyshortcuts="F"
        >
          {t.tour.present}
        </button>
      </div>
    </section>
  );
}
