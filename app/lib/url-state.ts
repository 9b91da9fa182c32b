// The shareable part of the UI, as it is written in the query string (CONTRACT.md).
// Parsing tolerates anything: a malformed value is dropped and reported as a notice,
// never thrown. Unknown parameters are left alone so host pages can add their own.

import type { Notice } from '@/i18n/message';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  /** One id (a node) or two (an edge), as written; resolution against the data comes later. */
  select: string[] | null;
  theme: Theme | null;
  embed: boolean;
}

export interface ParsedUrl {
  state: UrlState;
  notices: Notice[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 64;

export function parseSelect(raw: string | null): { ids: string[] | null; notice?: Notice } {
  if (raw === null || raw.trim() === '') return { ids: null };
  const ids = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (ids.length > 2 || ids.some((id) => id.length > MAX_ID || !ID.test(id))) {
    return { ids: null, notice: { key: 'badSelect' } };
  }
  if (ids.length === 2 && ids[0] === ids[1]) return { ids: [ids[0]!] };
  return { ids };
}

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const select = parseSelect(params.get('select'));
  if (select.notice) notices.push(select.notice);
  const rawTheme = params.get('theme');
  const theme = THEMES.find((t) => t === rawTheme) ?? null;
  const embedRaw = params.get('embed');
  const embed = embedRaw !== null && embedRaw !== '0' && embedRaw !== 'false';
  return { state: { select: select.ids, theme, embed }, notices };
}

/** Returns the query string (with "?" or empty) for `state`, keeping unrelated parameters. */
export function writeUrl(search: string, state: Partial<UrlState>): string {
  const params = new URLSearchParams(search);
  if ('select' in state) setOrDelete(params, 'select', state.select?.join(',') ?? null);
  if ('theme' in state) setOrDelete(params, 'theme', state.theme ?? null);
  if ('embed' in state) setOrDelete(params, 'embed', state.embed ? '1' : null);
  // URLSearchParams encodes "," as %2C; links stay readable with the literal comma.
  const out = params.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value === null) params.delete(key);
  else params.set(key, value);
}
