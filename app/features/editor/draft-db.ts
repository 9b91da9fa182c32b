// The draft's home without a server: IndexedDB, two records — the current draft (autosaved)
// and the previous version (what the draft was before it was last replaced wholesale, by an
// opened package or a new map), so opening a package never loses what was there.
import { PACKAGE_FORMAT, type MapPackage } from '@/model/map-package';

const DB = 'relations-map-editor';
const STORE = 'drafts';
export type Slot = 'current' | 'previous';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

/**
 * A saved draft, or null when there is none. Not parsed by the package schema: a draft may be
 * half-done (an empty summary), and the editor shows what is wrong rather than losing it.
 */
export async function loadDraft(slot: Slot): Promise<MapPackage | null> {
  try {
    const raw = await run<unknown>('readonly', (s) => s.get(slot));
    if (typeof raw !== 'string') return null;
    const pkg = JSON.parse(raw) as Partial<MapPackage> | null;
    const whole =
      pkg?.format === PACKAGE_FORMAT &&
      [pkg.sources, pkg.nodes, pkg.edges].every(Array.isArray) &&
      pkg.tours !== undefined;
    return whole ? (pkg as MapPackage) : null;
  } catch {
    return null;
  }
}

/** Stored as JSON text: what is saved is exactly what an exported package would hold. */
export async function saveDraft(slot: Slot, pkg: MapPackage): Promise<void> {
  await run('readwrite', (s) => s.put(JSON.stringify(pkg), slot));
}
