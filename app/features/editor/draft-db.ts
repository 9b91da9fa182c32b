// The draft's home without a server: IndexedDB, one store of JSON texts under a few keys —
//   current   the draft (autosaved), with `rev`, its revision, raised by every save;
//   undo      the draft's undo history, so a reload can still undo;
//   history   earlier versions (newest first, a few), each kept when the draft was replaced
//             wholesale (an opened package, a new map, another tab's save over this one's);
//             an empty map is never kept, so it never pushes real work out;
//   broken-…  a stored draft that no longer reads, kept aside as it was, never overwritten.
// Tabs share the store: a save names the revision it started from and is refused when another
// tab saved since (draft-sync.ts tells the other tabs at once), so no tab overwrites silently.
import { loadOnce } from '@/lib/guard';
import { overLimits } from '@/model/limits';
import { PACKAGE_FORMAT, type MapPackage } from '@/model/map-package';
import type { History } from './undo';

const DB = 'relations-map-editor';
const STORE = 'drafts';
/** Earlier versions kept, and undo steps saved with the draft. */
export const KEEP_VERSIONS = 5;
const KEEP_UNDO = 20;
/** Undo steps are saved only while they stay this small (each step is a whole draft). */
const MAX_UNDO_CHARS = 4_000_000;

/** Another tab saved the draft since this one loaded or saved it. */
export class DraftConflict extends Error {}

// One connection for the page's life, so a save as the page goes (pagehide) writes at once.
let connection: IDBDatabase | null = null;
const db = loadOnce(
  () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve((connection = request.result));
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    }),
);

/** Runs `act` in one transaction; resolves with what it returns once the transaction commits. */
async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore, tx: IDBTransaction) => T) {
  const tx = (await db()).transaction(STORE, mode);
  const result = act(tx.objectStore(STORE), tx);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DraftConflict('aborted'));
  });
  return result;
}

const get = (s: IDBObjectStore, key: string) =>
  new Promise<unknown>((resolve) => {
    const request = s.get(key);
    request.onsuccess = () => resolve(request.result);
  });

/**
 * A stored draft, by its text: the package, null when there is none, or 'broken' when there is
 * text that is not a draft. Not parsed by the package schema: a draft may be half-done (an
 * empty summary), and the editor shows what is wrong rather than losing it.
 */
export function readDraft(raw: unknown): MapPackage | null | 'broken' {
  if (raw === undefined || raw === null) return null;
  try {
    const pkg = JSON.parse(String(raw)) as Partial<MapPackage> | null;
    const whole =
      pkg?.format === PACKAGE_FORMAT &&
      [pkg.sources, pkg.nodes, pkg.edges].every(Array.isArray) &&
      typeof pkg.tours === 'object' &&
      pkg.tours !== null;
    // A stored draft past the limits would freeze every ?edit load: kept aside instead.
    return whole && !overLimits(pkg).length ? (pkg as MapPackage) : 'broken';
  } catch {
    return 'broken';
  }
}

export interface Stored {
  current: MapPackage | null;
  /** The text of a current draft that does not read (already kept aside), else null. */
  broken: string | null;
  rev: number;
  history: MapPackage[];
  undo: Pick<History<MapPackage>, 'past' | 'future'> | null;
}

const readList = (raw: unknown): MapPackage[] => {
  try {
    const list = JSON.parse(String(raw ?? '[]')) as unknown[];
    const read = list.map((t) => readDraft(JSON.stringify(t)));
    return read.filter((p): p is MapPackage => typeof p === 'object' && p !== null);
  } catch {
    return [];
  }
};

export async function loadStored(): Promise<Stored> {
  const found = await run('readonly', (s) =>
    Promise.all(['current', 'rev', 'history', 'undo', 'previous'].map((k) => get(s, k))),
  );
  const [raw, rev, history, undo, previous] = await found;
  const current = readDraft(raw);
  const broken = current === 'broken' ? String(raw) : null;
  if (broken !== null) await keepBroken(broken);
  const older = readList(history);
  // A store from before the history: its one previous version joins it.
  const legacy = readDraft(previous);
  if (typeof legacy === 'object' && legacy && !older.length) older.push(legacy);
  let steps: Stored['undo'] = null;
  try {
    const u = JSON.parse(String(undo ?? 'null')) as Stored['undo'];
    if (u && Array.isArray(u.past) && Array.isArray(u.future)) steps = u;
  } catch {
    steps = null;
  }
  return {
    current: broken === null ? (current as MapPackage | null) : null,
    broken,
    rev: typeof rev === 'number' ? rev : 0,
    history: older,
    undo: current && broken === null ? steps : null,
  };
}

/** Keeps a draft that does not read under a key of its own, which nothing ever writes again. */
export async function keepBroken(text: string): Promise<void> {
  await run('readwrite', (s) => s.put(text, `broken-${Date.now()}`));
}

const isEmpty = (p: MapPackage) => !p.sources.length && !p.nodes.length && !p.edges.length;

/** Adds a version to the history (unless empty or the same as the newest); returns the list. */
export async function keepVersion(pkg: MapPackage): Promise<MapPackage[]> {
  return run('readwrite', (s) => {
    const text = JSON.stringify(pkg);
    let list: MapPackage[] = [];
    const request = s.get('history');
    request.onsuccess = () => {
      list = readList(request.result);
      if (isEmpty(pkg) || (list[0] && JSON.stringify(list[0]) === text)) return;
      list = [pkg, ...list].slice(0, KEEP_VERSIONS);
      s.put(JSON.stringify(list), 'history');
    };
    return () => list;
  }).then((list) => list());
}

/** Removes the newest kept version (it has been restored). */
export async function dropNewestVersion(): Promise<void> {
  await run('readwrite', (s) => {
    const request = s.get('history');
    request.onsuccess = () => s.put(JSON.stringify(readList(request.result).slice(1)), 'history');
  });
}

/** Saves over what another tab saved, which is kept as a previous version first. */
export async function saveOver(history: History<MapPackage>): Promise<number> {
  const { current, rev } = await loadStored();
  if (current) await keepVersion(current);
  return saveCurrent(history, rev);
}

const undoText = (history: History<MapPackage>) =>
  JSON.stringify({
    past: history.past.slice(-KEEP_UNDO),
    future: history.future.slice(0, KEEP_UNDO),
  });

/**
 * The save as the page goes (pagehide): written in this very task, since a write that waits for
 * a read's answer is cut off with the page. `rev` was checked by this tab's last save and by the
 * other tabs' messages (a tab in conflict does not call this). False when it could not start.
 */
export function saveAtOnce(history: History<MapPackage>, rev: number): boolean {
  if (!connection) return false;
  const tx = connection.transaction(STORE, 'readwrite', { durability: 'strict' });
  const s = tx.objectStore(STORE);
  s.put(JSON.stringify(history.present), 'current');
  s.put(rev + 1, 'rev');
  const undo = undoText(history);
  if (undo.length <= MAX_UNDO_CHARS) s.put(undo, 'undo');
  tx.commit();
  return true;
}

/**
 * Saves the draft (and its undo steps) if the stored revision is still `rev`; resolves with the
 * new revision, or rejects with DraftConflict when another tab saved in between.
 */
export async function saveCurrent(history: History<MapPackage>, rev: number): Promise<number> {
  await run('readwrite', (s, tx) => {
    const request = s.get('rev');
    request.onsuccess = () => {
      if ((typeof request.result === 'number' ? request.result : 0) !== rev) return tx.abort();
      s.put(JSON.stringify(history.present), 'current');
      s.put(rev + 1, 'rev');
      const undo = undoText(history);
      if (undo.length <= MAX_UNDO_CHARS) s.put(undo, 'undo');
      else s.delete('undo');
    };
  });
  return rev + 1;
}
