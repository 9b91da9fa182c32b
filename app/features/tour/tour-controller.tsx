// A running guided tour: loads the tours (only now, not with the first view), keeps the
// selection on the current step, drives the steps from clicker keys, and switches the page
// into presentation mode (large type, fullscreen when the browser allows) and blank screen.
import { ErrorDetails } from '@/lib/error-details';
import { useEffect } from 'react';
import { useT } from '@/i18n/catalogue';
import { messageText } from '@/i18n/message';
import { DataError, problemOf } from '@/model/graph-api';
import type { GraphIndex } from '@/model/graph-index';
import { selectionFromIds } from '@/model/selection';
import { useTours } from '@/i18n/use-localized';
import { useUi } from '@/store/store';
import { TourBar } from './tour-bar';
import { pageEvidence } from './page-evidence';
import { nextStep, type TourAction } from './tour-keys';
import { useTourKeys } from './use-tour-keys';
import './tour.css';

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

  // "Present" with no tour open presents the default one; a link naming no tour is a notice.
  const checkTour = useUi((s) => s.checkTour);
  useEffect(() => {
    if (tours.data) checkTour(tour ? count : null);
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

  // Leaving fullscreen with the browser's own Escape also leaves presentation mode.
  useEffect(() => {
    let entered = !!document.fullscreenElement;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) useUi.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useTourKeys((action: TourAction) => {
    const ui = useUi.getState();
    if (ui.blanked && action !== 'fullscreen') return ui.setBlanked(false);
    if (action === 'blank') return ui.setBlanked(true);
    if (action === 'fullscreen') return ui.togglePresenting();
    if (action === 'exit') return ui.leaveTour();
    if (ui.presenting && (action === 'next' || action === 'previous')) {
      // The evidence panel is another feature's: it is reached through the DOM, as the export
      // reaches the map.
      const evidence = document.querySelector<HTMLElement>('.panel-body');
      if (evidence && pageEvidence(evidence, action === 'next' ? 1 : -1)) return;
    }
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
  if (!tour || !step) {
    return (
      <div className="tour-bar" role="status">
        <p>{t.tour.loading}</p>
      </div>
    );
  }
  return (
    <>
      <TourBar tour={tour} step={step} stepNumber={stepNumber} index={index} />
      {blanked ? (
        <div className="tour-blank" onClick={() => setBlanked(false)}>
          <p className="visually-hidden" role="status">
            {t.tour.blanked}
          </p>
        </div>
      ) : null}
    </>
  );
}
