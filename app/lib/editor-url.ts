// The editor's part of the query string (a contract extension, README "Contract"): `edit`
// opens the authoring view; `data=<URL>` opens a map package instead of the shipped map. Only
// a package on this very site is fetched: another origin (or a scheme other than http/https)
// is refused, so a link cannot make the app load, or vouch for, someone else's file.

export interface EditorUrl {
  edit: boolean;
  /** The package to open, resolved against the page; null without `data`. */
  data: URL | null;
  /** `data` was given but names another site or is not a URL at all. */
  refused: boolean;
}

export function parseEditorUrl(search: string, page: string): EditorUrl {
  const params = new URLSearchParams(search);
  const editRaw = params.get('edit');
  const edit = editRaw !== null && editRaw !== '0' && editRaw !== 'false';
  const raw = params.get('data')?.trim();
  if (!raw) return { edit, data: null, refused: false };
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    return { edit, data: null, refused: true };
  }
  const here = new URL(page);
  const sameSite = url.origin === here.origin && /^https?:$/.test(url.protocol);
  return sameSite ? { edit, data: url, refused: false } : { edit, data: null, refused: true };
}
