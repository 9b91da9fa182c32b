// The reading parameters of the URL (README "URL contract"): `source=<id>` opens a source
// text, `view=table` the table of relations, and `relations=`, `kinds=`, `stance=` filter the
// map. Like url-state.ts, parsing tolerates anything and reports what it drops.
import type { Notice } from '@/i18n/message';
import type { Filters } from '@/model/filters';
import { KINDS, RELATIONS } from '@/model/relations';
import type { NodeKind, Relation } from '@/model/schema';

export interface ReadingUrl {
  source: string | null;
  table: boolean;
  filters: Filters;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STANCES = ['supports', 'qualifies'] as const;

function list<T extends string>(raw: string | null, allowed: readonly T[]) {
  if (raw === null || raw.trim() === '') return { values: [] as T[], bad: false };
  const words = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const values = allowed.filter((a) => words.includes(a));
  return { values, bad: values.length !== new Set(words).size };
}

export function parseReadingUrl(search: string): { state: ReadingUrl; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const rawSource = params.get('source')?.trim().toLowerCase() ?? '';
  const source = rawSource && rawSource.length <= 64 && ID.test(rawSource) ? rawSource : null;
  if (rawSource && !source) notices.push({ key: 'badSource' });
  const relations = list<Relation>(params.get('relations'), RELATIONS);
  const kinds = list<NodeKind>(params.get('kinds'), KINDS);
  if (relations.bad || kinds.bad) {
    notices.push({ key: 'badFilters' });
  }
  const rawStance = params.get('stance');
  const stance = STANCES.find((s) => s === rawStance?.trim().toLowerCase()) ?? null;
  if (rawStance && !stance) notices.push({ key: 'badStance' });
  const table = params.get('view') === 'table';
  return {
    state: { source, table, filters: { relations: relations.values, kinds: kinds.values, stance } },
    notices,
  };
}

/** Writes the reading parameters into `params`, leaving every other parameter alone. */
export function writeReadingUrl(params: URLSearchParams, state: ReadingUrl): void {
  const set = (key: string, value: string | null) =>
    value ? params.set(key, value) : params.delete(key);
  set('source', state.source);
  // Only `view=table` is ours to clear; another value of `view` belongs to someone else.
  if (state.table) params.set('view', 'table');
  else if (params.get('view') === 'table') params.delete('view');
  set('relations', state.filters.relations.join(','));
  set('kinds', state.filters.kinds.join(','));
  set('stance', state.filters.stance);
}
