// A running guided tour: loads the tours (only now, not with the first view), keeps the
// selection on the current step, drives the steps from clicker keys, and switches the page
// into presentation mode (large type, fullscreen when the browser allows) and blank screen.
import { ErrorDetails } from '@/lib/error-details';
import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import { messageText } from '@/i18n/message';
import { DataError, problemOf } from '@/model/graph-api';
import type { GraphIndex } from '@/model/graph-index';
import { selectionFromIds } from '@/model/selection';
import { useTours } from '@/i18n/use-localized-tours';
import { useUi } from '@/store/store';
import { DEFAULT_TOUR_ID } from '@/store/tour-slice';
import { TourBar } from './tour-bar';
import { nextStep, type TourAction } from './tour-keys';
import { useTourKeys } from './use-tour-keys';
import { PresentBar } from './present-bar';
import { stepShowing } from './step-showing';
import './tour.css';
import './present-slide.css';

export default function TourController({ index }: { index: GraphIndex }) {
  const t = useT();
  const tourState = useUi((s) => s.tour);
  const presenting = useUi((s) => s.presenting);
  const blanked = useUi((s) => s.blanked);
  const setBlanked = useUi((s) => s.setBlanked);
  const leaveTour = useUi((s) => s.leaveTour);
  const tours = useTours();
  const tour = tourState ? tours.data?.tours.find((t) => t.id === tourState.id) : undefined;
  const count = tour?.steps.length ?? 0;
  const stepNumber = tourState ? Math.min(Math.max(tourState.step, 1), Math.max(count, 1)) : 1;
  const step = tour?.steps[stepNumber - 1];

  // "Present" with no tour open presents the default one, at the step a prepared link's
  // selection names; a link naming no tour is a notice.
  const checkTour = useUi((s) => s.checkTour);
  useEffect(() => {
    if (!tours.data) return;
    // A prepared link (`?present=1&select=…`) opens exactly what it names: the step that shows
    // it, or else the selection alone (PresentBar), not step 1.
    const ui = useUi.getState();
    if (!ui.tour && ui.presenting && ui.selection) {
      const fallback = tours.data.tours.find((t) => t.id === DEFAULT_TOUR_ID);
      const at = stepShowing(fallback, ui.selection);
      if (at !== null) ui.startTour(DEFAULT_TOUR_ID, at);
      return;
    }
    checkTour(tour ? count : null);
  }, [tours.data, tourState, tour, count, presenting, checkTour]);

  const ids = step?.select.join(',');
  const showStep = useUi((s) => s.showStep);
  useEffect(() => {
    if (ids) showStep(selectionFromIds(ids.split(',')));
  }, [ids, showStep]);

  useEffect(() => {
    const root = document.documentElement;
    root.toggleAttribute('data-tour', !!tourState);
    root.toggleAttribute('data-present', presenting);
    return () => {
      root.removeAttribute('data-tour');
      root.removeAttribute('data-present');
    };
  }, [tourState, presenting]);

  // The browser's own Escape leaves fullscreen but not presentation: the slides stay, in a
  // window, until the presenter presses F, "Present" or "End tour".

  // One press is one step: a step's evidence is a slide that fits the screen (the evidence
  // panel's SlidePassages), so the clicker never pages through passages.
  const region = useRef<HTMLElement>(null);
  useTourKeys((action: TourAction) => {
    const ui = useUi.getState();
    if (ui.blanked && action !== 'fullscreen') return ui.setBlanked(false);
    if (action === 'blank') return ui.setBlanked(true);
    if (action === 'fullscreen') return ui.togglePresenting();
    if (action === 'exit') {
      if (!ui.presenting) return ui.leaveTour();
      // Presenting, Escape comes back to the step: its selection again (after a click on the
      // map chose something else), and focus on the tour, where the clicker's keys act.
      if (ids) ui.showStep(selectionFromIds(ids.split(',')));
      return region.current?.focus();
    }
    if (!ui.tour) return action === 'next' || action === 'first' ? ui.startTour() : undefined;
    if (count) ui.step(nextStep(action, stepNumber, count), count);
  });

  if (tours.isError) {
    const details = tours.error instanceof DataError ? tours.error.details : [];
    return (
      <div className="tour-bar tour-bar--error" role="alert">
        <div className="tour-text">
          <p>
            {t.tour.loadFailed} {messageText(t.error, problemOf(tours.error))}
          </p>
          <ErrorDetails details={details} />
        </div>
        <div className="tour-controls">
          <button type="button" className="button" onClick={() => void tours.refetch()}>
            {t.tour.tryAgain}
          </button>
          <button type="button" className="button" onClick={leaveTour}>
            {t.tour.close}
          </button>
        </div>
      </div>
    );
  }
  const blank = blanked ? (
    <div className="tour-blank" onClick={() => setBlanked(false)}>
      <p className="visually-hidden" role="status">
        {t.tour.blanked}
      </p>
    </div>
  ) : null;
  if (!tourState && presenting && tours.data) {
    return (
      <>
        <PresentBar region={region} />
        {blank}
      </>
    );
  }
  if (!tour || !step) {
    return (
      <div className="tour-bar" role="status">
        <p>{t.tour.loading}</p>
      </div>
    );
  }
  return (
    <>
      <TourBar tour={tour} step={step} stepNumber={stepNumber} index={index} region={region} />
      {blank}
    </>
  );
}
