import { useEffect, useRef } from 'react';
import { enterFullscreen, exitFullscreen } from '@/lib/fullscreen';
import { edgeName, nodeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/schema';
import type { Tour, TourStep } from '@/model/tour-schema';
import { useUi } from '@/store/store';

/** The step counter, our title and caption for the step, and buttons for every key. */
export function TourBar(props: {
  tour: Tour;
  step: TourStep;
  stepNumber: number;
  index: GraphIndex;
}) {
  const { tour, step, stepNumber, index } = props;
  const presenting = useUi((s) => s.presenting);
  const setStep = useUi((s) => s.setStep);
  const region = useRef<HTMLElement>(null);
  const count = tour.steps.length;

  // Focus the tour on opening so that the clicker's keys reach it and a screen reader hears it.
  useEffect(() => {
    if (!region.current?.contains(document.activeElement)) region.current?.focus();
  }, [tour.id]);

  const [a, b] = step.select;
  const edge = a && b ? index.edge.get(edgeKey(a, b)) : undefined;
  const shows = edge ? edgeName(index, edge) : nodeName(index, a ?? '');

  const togglePresent = () => {
    if (presenting) exitFullscreen();
    else enterFullscreen();
    useUi.getState().setPresenting(!presenting);
  };
  const end = () => {
    exitFullscreen();
    const ui = useUi.getState();
    ui.setPresenting(false);
    ui.endTour();
  };

  return (
    <section className="tour-bar" aria-label="Guided tour" tabIndex={-1} ref={region}>
      <div className="tour-text">
        <p className="tour-counter">
          {/* The page header, and its h1, give way to the tour when presenting. */}
          {presenting ? (
            <h1 className="tour-name">{tour.title}</h1>
          ) : (
            <span className="tour-name">{tour.title}</span>
          )}
          <span aria-live="polite">
            Step {stepNumber} of {count}
            <span className="visually-hidden">
              : {step.title}. Showing {shows}.
            </span>
          </span>
        </p>
        <h2 className="tour-title">
          {step.title} <span className="ours-label tour-ours">our title</span>
        </h2>
        {step.caption ? (
          <p className="ours tour-caption">
            <span className="ours-label">Our caption</span> {step.caption}
          </p>
        ) : null}
      </div>
      <div className="tour-controls">
        <button
          type="button"
          className="button"
          onClick={() => setStep(stepNumber - 1)}
          disabled={stepNumber <= 1}
          aria-keyshortcuts="PageUp ArrowLeft"
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setStep(stepNumber + 1)}
          disabled={stepNumber >= count}
          aria-keyshortcuts="PageDown ArrowRight Space"
        >
          Next →
        </button>
        <button
          type="button"
          className="button"
          onClick={togglePresent}
          aria-pressed={presenting}
          aria-keyshortcuts="F"
        >
          Present
        </button>
        <button type="button" className="button" onClick={end} aria-keyshortcuts="Escape">
          End tour
        </button>
      </div>
      <p className="tour-keys">
        Keys: → or PageDown next · ← or PageUp back · Home/End · B blank · F present · Esc end
      </p>
    </section>
  );
}
