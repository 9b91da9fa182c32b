// The classroom part of the query string (CONTRACT.md "Presenting"): `tour=<id>&step=<n>`
// (n is 1-based) and `present=1`. Kept beside url-state.ts rather than inside it so the
// core parameters' shape stays as it is; the same rules hold: tolerate anything, never throw.

import type { Notice } from '@/i18n/message';

export interface TourUrlState {
  tour: { id: string; step: number } | null;
  present: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_STEP = 999;

export function parseTourUrl(search: string): { state: TourUrlState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const rawTour = params.get('tour')?.trim().toLowerCase() ?? '';
  const presentRaw = params.get('present');
  const present = presentRaw !== null && presentRaw !== '0' && presentRaw !== 'false';
  if (!rawTour) return { state: { tour: null, present }, notices };
  if (rawTour.length > 64 || !ID.test(rawTour)) {
    notices.push({ key: 'badTour' });
    return { state: { tour: null, present }, notices };
  }
  const rawStep = params.get('step');
  let step = 1;
  if (rawStep !== null && rawStep.trim() !== '') {
    const n = Number(rawStep);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_STEP) step = n;
    else notices.push({ key: 'badStep' });
  }
  return { state: { tour: { id: rawTour, step }, present }, notices };
}

/** Returns the query string (with "?" or empty) with the tour written in, others kept. */
export function writeTourUrl(search: string, state: TourUrlState): string {
  const params = new URLSearchParams(search);
  if (state.tour) {
    params.set('tour', state.tour.id);
    params.set('step', String(state.tour.step));
  } else {
    params.delete('tour');
    params.delete('step');
  }
  if (state.present) params.set('present', '1');
  else params.delete('present');
  const out = params.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}
