// Guided tours are data, like the graph: this zod schema is the only definition of their types.
// A step selects a node or an edge by its ids (the same form as `?select=`); its title and
// caption are our words and are labelled as ours wherever they are shown.
// zod/mini like schema.ts (which also configures its messages and jitless mode): one flavour of
// zod in the bundle, and the tour chunk stays small.
import { z } from 'zod/mini';
import { edgeKey, ID_PATTERN } from './ids.ts';
import type { GraphData } from './schema.ts';

export const TOURS_SCHEMA_VERSION = 1;

const id = z.string().check(z.regex(ID_PATTERN, 'must be a lowercase, hyphenated id'));
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const tourStepSchema = z.strictObject({
  /** One node id, or the two endpoint ids of an edge (either order). */
  select: z
    .array(id)
    .check(z.minLength(1), z.maxLength(2, 'selects a node (one id) or an edge (two ids)')),
  /** A short title in our words. */
  title: text.check(z.maxLength(80, 'keep a step title short enough for a projector')),
  /** An optional caption in our words; never a quotation. */
  caption: z.optional(text.check(z.maxLength(400, 'keep a caption to a few sentences'))),
});

export const tourSchema = z.strictObject({
  id,
  title: text,
  /** Our one-sentence description of what the tour covers. */
  description: text,
  steps: z.array(tourStepSchema).check(z.minLength(1, 'a tour needs at least one step')),
});

export const toursSchema = z.strictObject({
  schemaVersion: z.literal(TOURS_SCHEMA_VERSION),
  tours: z.array(tourSchema),
});

export type TourStep = z.infer<typeof tourStepSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type ToursData = z.infer<typeof toursSchema>;

export interface TourProblem {
  where: string;
  message: string;
}

/** Parses tours.json, naming the field that is wrong. */
export function parseTours(
  raw: unknown,
  file = 'tours.json',
): { ok: true; data: ToursData } | { ok: false; problems: TourProblem[] } {
  const result = toursSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      where: `${file}: ${i.path
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
        .join('')
        .replace(/^\./, '')}`,
      message: i.message,
    })),
  };
}

/** What the schema cannot see: unique tour ids, and every step naming something in the graph. */
export function checkTours(tours: ToursData, graph: GraphData, file = 'tours.json'): TourProblem[] {
  const problems: TourProblem[] = [];
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => edgeKey(e.source, e.target)));
  const seen = new Set<string>();
  tours.tours.forEach((tour, t) => {
    if (seen.has(tour.id))
      problems.push({ where: `${file}: tours[${t}]`, message: `duplicate id “${tour.id}”` });
    seen.add(tour.id);
    tour.steps.forEach((step, s) => {
      const where = `${file}: tours[${t}] (${tour.id}).steps[${s}].select`;
      const unknown = step.select.filter((n) => !nodes.has(n));
      if (unknown.length)
        problems.push({ where, message: `no node ${unknown.join(', ')} in graph.json` });
      else if (step.select.length === 2 && !edges.has(edgeKey(step.select[0]!, step.select[1]!))) {
        problems.push({ where, message: `no edge ${step.select.join('–')} in graph.json` });
      }
    });
  });
  return problems;
}
