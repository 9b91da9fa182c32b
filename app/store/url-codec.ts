// The URL contract (docs/contract.md "URL parameters") in one table: for each piece of shareable
// state, the parameters it owns, how a link's value is parsed, how the state is written back,
// and whether a change pushes a history entry (Back returns to it) or replaces the current one.
// Parsing tolerates anything: a malformed value is dropped, reported as a notice, never thrown.
// Parameters the table does not own (a host page's, pym.js's childId, embedId) are left alone.
import type { Lang } from '@/i18n/langs';
import { isLang } from '@/i18n/langs';
import type { Notice } from '@/i18n/message';
import type { Filters, Stance } from '@/model/filters';
import { isId } from '@/model/ids';
import { KINDS, RELATIONS } from '@/model/relations';
import { selectionFromIds, selectionIds, type Selection } from '@/model/selection';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
const STANCES: readonly Stance[] = ['supports', 'qualifies'];
const MAX_STEP = 999;

/** Everything a link can say, as the app holds it. */
export interface UrlState {
  select: Selection | null;
  theme: Theme | null;
  embed: boolean;
  tour: { id: string; step: number } | null;
  present: boolean;
  source: string | null;
  table: boolean;
  filters: Filters;
  /** Only a language chosen by a link or the menu; null follows the browser. */
  lang: Lang | null;
  /** The editor (`?edit`); only a link opens it. */
  edit: boolean;
  /** A map package to show (`?data=<URL>`), as written; lib/package-url.ts checks its origin. */
  data: string | null;
}

interface Codec<K extends keyof UrlState> {
  parse: (params: URLSearchParams, notices: Notice[]) => UrlState[K];
  /** Absent for a parameter that only a link sets (embed mode never changes inside the page). */
  write?: (params: URLSearchParams, value: UrlState[K]) => void;
  history: 'push' | 'replace';
}

/** A trimmed, lowercased value; null when absent or blank. */
function word(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key)?.trim().toLowerCase();
  return raw ? raw : null;
}

/** `?embed`, `?embed=1`: on unless written 0 or false. */
function flag(params: URLSearchParams, key: string): boolean {
  const raw = params.get(key);
  return raw !== null && raw !== '0' && raw !== 'false';
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** The allowed words of a comma-separated list; `bad` when the link named anything else. */
function list<T extends string>(raw: string | null, allowed: readonly T[]) {
  const words = (raw ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const values = allowed.filter((a) => words.includes(a));
  return { values, bad: values.length !== new Set(words).size };
}

export const CODECS: { [K in keyof UrlState]: Codec<K> } = {
  // select=russia | select=kazakhstan,russia: one id (an entity) or two (a relation).
  select: {
    parse: (params, notices) => {
      const ids = (word(params, 'select') ?? '').split(',').map((s) => s.trim());
      const named = ids.filter(Boolean);
      if (!named.length) return null;
      if (named.length > 2 || !named.every(isId)) {
        notices.push({ key: 'badSelect' });
        return null;
      }
      return selectionFromIds(named);
    },
    write: (params, s) => setOrDelete(params, 'select', s && selectionIds(s).join(',')),
    history: 'push',
  },
  theme: {
    parse: (params) => THEMES.find((t) => t === params.get('theme')) ?? null,
    write: (params, theme) => setOrDelete(params, 'theme', theme),
    history: 'replace',
  },
  embed: { parse: (params) => flag(params, 'embed'), history: 'replace' },
  // tour=<id>&step=<n>, n 1-based: stepping through a lesson must not flood Back.
  tour: {
    parse: (params, notices) => {
      const id = word(params, 'tour');
      if (!id) return null;
      if (!isId(id)) {
        notices.push({ key: 'badTour' });
        return null;
      }
      const raw = params.get('step')?.trim();
      if (!raw) return { id, step: 1 };
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 1 && n <= MAX_STEP) return { id, step: n };
      notices.push({ key: 'badStep' });
      return { id, step: 1 };
    },
    write: (params, tour) => {
      setOrDelete(params, 'tour', tour?.id ?? null);
      setOrDelete(params, 'step', tour ? String(tour.step) : null);
    },
    history: 'replace',
  },
  present: {
    parse: (params) => flag(params, 'present'),
    write: (params, present) => setOrDelete(params, 'present', present ? '1' : null),
    history: 'replace',
  },
  // Opening a source is a place to come Back to.
  source: {
    parse: (params, notices) => {
      const id = word(params, 'source');
      if (id && !isId(id)) notices.push({ key: 'badSource' });
      return id && isId(id) ? id : null;
    },
    write: (params, source) => setOrDelete(params, 'source', source),
    history: 'push',
  },
  table: {
    parse: (params) => params.get('view') === 'table',
    // Only `view=table` is ours to clear; another value of `view` belongs to someone else.
    write: (params, table) => {
      if (table) params.set('view', 'table');
      else if (params.get('view') === 'table') params.delete('view');
    },
    history: 'replace',
  },
  // relations=ally,member & kinds=country & stance=supports|qualifies
  filters: {
    parse: (params, notices) => {
      const relations = list(params.get('relations'), RELATIONS);
      const kinds = list(params.get('kinds'), KINDS);
      if (relations.bad || kinds.bad) notices.push({ key: 'badFilters' });
      const rawStance = word(params, 'stance');
      const stance = STANCES.find((s) => s === rawStance) ?? null;
      if (params.get('stance') && !stance) notices.push({ key: 'badStance' });
      return { relations: relations.values, kinds: kinds.values, stance };
    },
    write: (params, f) => {
      setOrDelete(params, 'relations', f.relations.join(','));
      setOrDelete(params, 'kinds', f.kinds.join(','));
      setOrDelete(params, 'stance', f.stance);
    },
    history: 'replace',
  },
  lang: {
    parse: (params, notices) => {
      const lang = word(params, 'lang');
      if (lang && !isLang(lang)) notices.push({ key: 'badLang' });
      return lang && isLang(lang) ? lang : null;
    },
    write: (params, lang) => setOrDelete(params, 'lang', lang),
    history: 'replace',
  },
  // edit & data=<URL>: another map than the shipped one (docs/editor.md); link-only.
  edit: { parse: (params) => flag(params, 'edit'), history: 'replace' },
  data: { parse: (params) => params.get('data')?.trim() || null, history: 'replace' },
};

const KEYS = Object.keys(CODECS) as (keyof UrlState)[];

export function parseUrl(search: string): { state: UrlState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state = {} as Record<keyof UrlState, unknown>;
  for (const key of KEYS) state[key] = CODECS[key].parse(params, notices);
  return { state: state as UrlState, notices };
}

/** The query string ("?…" or empty) with `state` written in, every other parameter kept. */
export function writeUrl(search: string, state: Partial<UrlState>): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    if (key in state) (CODECS[key].write as Codec<typeof key>['write'])?.(params, state[key]!);
  }
  // URLSearchParams encodes "," as %2C; links stay readable with the literal comma.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Whether going from `prev` to `next` should push a history entry rather than replace. */
export function pushes(prev: UrlState, next: UrlState): boolean {
  return KEYS.some((key) => CODECS[key].history === 'push' && prev[key] !== next[key]);
}
