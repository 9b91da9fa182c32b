import { useEffect, useState, type RefObject } from 'react';
import { useT } from '@/i18n/catalogue';
import { edgeName, nodeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import type { Tour, TourStep } from '@/model/tour-schema';
import { useUi } from '@/store/store';

/** The step counter, our title and caption for the step, and buttons for every key. */
export function TourBar(props: {
  tour: Tour;
  step: TourStep;
  stepNumber: number;
  index: GraphIndex;
  /** The tour's region, which Escape focuses while presenting. */
  region: RefObject<HTMLElement | null>;
}) {
  const { tour, step, stepNumber, index, region } = props;
  const presenting = useUi((s) => s.presenting);
  const step_ = useUi((s) => s.step);
  const togglePresent = useUi((s) => s.togglePresenting);
  const end = useUi((s) => s.leaveTour);
  const t = useT();
  const count = tour.steps.length;
  // Presenting hides the reading tools and the legend (CSS); this brings them back. A button,
  // not a key, so no clicker press can bring them up by accident.
  const [tools, setTools] = useState(false);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-present-tools', presenting && tools);
    return () => document.documentElement.removeAttribute('data-present-tools');
  }, [presenting, tools]);

  // Focus the tour on opening so that the clicker's keys reach it and a screen reader hears it.
  useEffect(() => {
    if (!region.current?.contains(document.activeElement)) region.current?.focus();
  }, [tour.id, region]);

  const [a, b] = step.select;
  const edge = a && b ? index.edge.get(edgeKey(a, b)) : undefined;
  const shows = edge ? edgeName(index, edge) : nodeName(index, a ?? '');

  return (
    <section className="tour-bar" aria-label={t.tour.region} tabIndex={-1} ref={region}>
      <div className="tour-text">
        {/* A div, not a p: it holds the h1 when presenting, and a p may not hold a heading (the
            browser's parser would close the p before it; the Nu HTML Checker refuses it). */}
        <div className="tour-counter">
          {/* The page header, and its h1, give way to the tour when presenting. */}
          {presenting ? (
            <h1 className="tour-name">{tour.title}</h1>
          ) : (
            <span className="tour-name">{tour.title}</span>
          )}
          <span aria-live="polite">
            {t.tour.stepOf(stepNumber, count)}
            <span className="visually-hidden">
              : {step.title}. {t.tour.showing(shows)}
            </span>
          </span>
        </div>
        <h2 className="tour-title">
          {step.title} <span className="ours-label tour-ours">{t.tour.ourTitle}</span>
        </h2>
        {step.caption ? (
          <p className="ours tour-caption">
            <span className="ours-label">{t.tour.ourCaption}</span> {step.caption}
          </p>
        ) : null}
      </div>
      <div className="tour-controls">
        <button
          type="button"
          className="button"
          onClick={() => step_(stepNumber - 1, count)}
          disabled={stepNumber <= 1}
          aria-keyshortcuts="PageUp ArrowLeft"
        >
          {t.tour.previous}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => step_(stepNumber + 1, count)}
          disabled={stepNumber >= count}
          aria-keyshortcuts="PageDown ArrowRight Space"
        >
          {t.tour.next}
        </button>
        <button
          type="button"
          className="button"
          onClick={togglePresent}
          aria-pressed={presenting}
          aria-keyshortcuts="F"
        >
          {t.tour.present}
        </button>
        {presenting ? (
          <button
            type="button"
            className="button"
            aria-pressed={tools}
            title={t.present.toolsHint}
            onClick={() => setTools(!tools)}
          >
            {t.present.tools}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={end}
          // Presenting, Escape comes back to the step instead (tour-controller.tsx).
          aria-keyshortcuts={presenting ? undefined : 'Escape'}
        >
          {t.tour.end}
        </button>
      </div>
      <p className="tour-keys">{t.tour.keys}</p>
    </section>
  );
}
