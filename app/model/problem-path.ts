// Where in the raw data a problem is, said so a person can find it: "edges[3] (kazakhstan–russia)
// .passages[0].text" rather than a bare index path.
export type Segment = string | number | symbol;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "(russia)" for a record with an id, "(kazakhstan–russia)" for an edge, "" otherwise. */
function recordName(value: unknown): string {
  if (!isRecord(value)) return '';
  if (typeof value.id === 'string' && value.id) return ` (${value.id})`;
  if (typeof value.source === 'string' && typeof value.target === 'string') {
    return ` (${value.source}–${value.target})`;
  }
  return '';
}

/** Renders a path into the raw data, naming each array element by its id where it has one. */
export function formatPath(root: unknown, path: readonly Segment[]): string {
  let out = '';
  let value: unknown = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item: unknown = Array.isArray(value) ? value[seg] : undefined;
      out += `[${seg}]${recordName(item)}`;
      value = item;
    } else {
      const key = String(seg);
      out += out ? `.${key}` : key;
      value = isRecord(value) ? value[key] : undefined;
    }
  }
  return out;
}

export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let value: unknown = root;
  for (const seg of path) {
    if (Array.isArray(value) && typeof seg === 'number') value = value[seg];
    else if (isRecord(value)) value = value[String(seg)];
    else return undefined;
  }
  return value;
}

export function at(file: string, path: string): string {
  return path ? `${file}: ${path}` : file;
}
