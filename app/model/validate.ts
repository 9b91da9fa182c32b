// Checks on the curated data: the shape (zod, through the schema) and everything the schema
// cannot see — unique ids, edges between known nodes, and passages and metadata that are
// verbatim in the source texts. Pure: callers read the files and pass their contents in.
import { labelProblem } from './claims.ts';
import { migrateGraph } from './migrate.ts';
import { at, formatPath, valueAt, type Segment } from './problem-path.ts';
import { edgeKey, graphSchema, type GraphData, type Passage } from './schema.ts';

export interface DataProblem {
  /** The file and the record, e.g. "graph.json: edges[3] (kazakhstan–russia).passages[1].text". */
  where: string;
  message: string;
}

/** Collapses every run of whitespace (spaces, NBSP, tabs, newlines…) to one space and trims. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

export function parseGraph(
  raw: unknown,
  file = 'graph.json',
): { ok: true; data: GraphData } | { ok: false; problems: DataProblem[] } {
  // Older data is upgraded first; a problem is still reported against the data as given.
  const result = graphSchema.safeParse(migrateGraph(raw));
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue): DataProblem => {
    const path = issue.path as readonly Segment[];
    // A required field that is absent fails as a wrong type or a wrong option: say it is missing.
    const missing =
      issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(raw, path) === undefined;
    return {
      where: at(file, formatPath(raw, path)),
      message: missing ? `is missing (${issue.message})` : issue.message,
    };
  });
  return { ok: false, problems };
}

/** Shows where a passage stops matching: the longest prefix found, then what follows. */
function mismatchHint(passage: string, text: string): string {
  let lo = 0;
  let hi = passage.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(passage.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return 'not even its first character matches';
  const before = passage.slice(Math.max(0, lo - 30), lo);
  const after = passage.slice(lo, lo + 30);
  return `it matches up to “…${before}” but not “${after}…”`;
}

export function checkIntegrity(
  data: GraphData,
  sourceTexts: Record<string, string>,
  file = 'graph.json',
): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (path: string, message: string) => problems.push({ where: at(file, path), message });

  // Sources: unique ids, their files present, metadata verbatim.
  const sourceIndex = new Map<string, number>();
  const normalisedText = new Map<string, string>();
  data.sources.forEach((s, i) => {
    const here = `sources[${i}] (${s.id})`;
    const first = sourceIndex.get(s.id);
    if (first !== undefined) {
      add(`${here}.id`, `duplicates the id of sources[${first}]; source ids must be unique`);
    } else {
      sourceIndex.set(s.id, i);
    }
    const text = sourceTexts[s.file];
    if (text === undefined) {
      add(`${here}.file`, `names ${s.file}, which is not among the source files`);
      return;
    }
    const norm = normaliseWhitespace(text);
    if (first === undefined) normalisedText.set(s.id, norm);
    for (const field of ['title', 'author', 'outlet', 'date'] as const) {
      const value = s[field];
      if (value !== null && !norm.includes(normaliseWhitespace(value))) {
        add(`${here}.${field}`, `“${value}” does not appear verbatim in ${s.file}`);
      }
    }
  });

  const sourceById = new Map(data.sources.map((s) => [s.id, s]));

  // Nodes: unique ids, exactly one focal node.
  const nodeIds = new Set<string>();
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach((n, i) => {
    const first = nodeIndex.get(n.id);
    if (first !== undefined) {
      add(
        `nodes[${i}] (${n.id}).id`,
        `duplicates the id of nodes[${first}]; node ids must be unique`,
      );
    } else {
      nodeIndex.set(n.id, i);
    }
    nodeIds.add(n.id);
  });
  const focal = data.nodes.flatMap((n, i) => (n.focal ? [i] : []));
  if (focal.length === 0) {
    add('nodes', 'no node is marked focal; exactly one must be');
  } else if (focal.length > 1) {
    for (const i of focal.slice(1)) {
      const n = data.nodes[i]!;
      add(
        `nodes[${i}] (${n.id}).focal`,
        `is a second focal node (nodes[${focal[0]}] is already focal); exactly one must be`,
      );
    }
  }

  // Passages: known source, verbatim in its text.
  const cited = new Set<string>();
  const checkPassage = (pa: Passage, path: string) => {
    if (!sourceIndex.has(pa.source)) {
      add(`${path}.source`, `names source “${pa.source}”, which is not in sources`);
      return;
    }
    cited.add(pa.source);
    const text = normalisedText.get(pa.source);
    if (text === undefined) return; // its missing file is reported on the source
    const quote = normaliseWhitespace(pa.text);
    if (!text.includes(quote)) {
      const s = data.sources[sourceIndex.get(pa.source)!]!;
      add(
        `${path}.text`,
        `is not verbatim in ${s.file} (source “${s.id}”): ${mismatchHint(quote, text)}`,
      );
    }
    // A voice must fit what the text says of who speaks: an official or a document is named
    // (or described) as the speaker, in the text's own words; a text's own framing is the
    // journalist's only where it states a byline or an outlet, and unattributed otherwise.
    const source = data.sources[sourceIndex.get(pa.source)!]!;
    if (['document', 'official', 'official-unnamed'].includes(pa.voice) && !pa.speaker) {
      add(`${path}.voice`, `is “${pa.voice}”, but the passage names no speaker`);
    }
    const byline = source.author ?? source.outlet;
    if (pa.voice === 'unattributed' && byline) {
      add(
        `${path}.voice`,
        `is “unattributed”, but its source names an author or outlet (${byline})`,
      );
    }
    if (pa.voice === 'journalist' && !byline) {
      add(
        `${path}.voice`,
        `is “journalist”, but ${source.file} states no byline or outlet: its own framing is “unattributed”`,
      );
    }
    for (const field of ['name', 'role'] as const) {
      const value = pa.speaker?.[field];
      if (value !== undefined && !text.includes(normaliseWhitespace(value))) {
        add(
          `${path}.speaker.${field}`,
          `“${value}” is not verbatim in ${source.file}: a speaker is named in the text's words (ours go in the note)`,
        );
      }
    }
    // A term is the passage's own words: verbatim in the passage, not our paraphrase.
    pa.terms.forEach((term, k) => {
      if (!quote.includes(normaliseWhitespace(term))) {
        add(`${path}.terms[${k}]`, `“${term}” is not verbatim in the passage's text`);
      }
    });
  };
  data.nodes.forEach((n, i) =>
    n.passages.forEach((pa, j) => checkPassage(pa, `nodes[${i}] (${n.id}).passages[${j}]`)),
  );

  // Edges: no self-loop, known endpoints, no duplicate pair.
  const connected = new Set<string>();
  const edgeIndex = new Map<string, number>();
  data.edges.forEach((e, i) => {
    const here = `edges[${i}] (${e.source}–${e.target})`;
    if (e.source === e.target) add(here, `joins ${e.source} to itself`);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(e[end])) add(`${here}.${end}`, `names unknown node “${e[end]}”`);
      else connected.add(e[end]);
    }
    const key = edgeKey(e.source, e.target);
    const first = edgeIndex.get(key);
    if (first !== undefined) {
      add(here, `duplicates edges[${first}]: there is one edge per pair of nodes, in either order`);
    } else {
      edgeIndex.set(key, i);
    }
    e.passages.forEach((pa, j) => checkPassage(pa, `${here}.passages[${j}]`));
    // The drawn label is the firmest claim's own words (claims.ts).
    const label = labelProblem(e, sourceById);
    if (label) add(`${here}.label`, label);
  });

  // Every node other than the focal one is related to something or speaks for itself.
  data.nodes.forEach((n, i) => {
    if (!n.focal && !connected.has(n.id) && n.passages.length === 0) {
      add(`nodes[${i}] (${n.id})`, 'is on no edge and has no passages of its own');
    }
  });

  // Every source is used, or says why not — never both.
  data.sources.forEach((s, i) => {
    const here = `sources[${i}] (${s.id})`;
    const used = cited.has(s.id);
    if (!used && s.unusedReason === undefined) {
      add(here, 'is cited by no passage and gives no unusedReason');
    } else if (used && s.unusedReason !== undefined) {
      add(`${here}.unusedReason`, 'is set, but passages cite this source');
    }
  });

  return problems;
}
