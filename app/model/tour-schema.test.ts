import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_PARTNER_IDS } from './contract';
import { checkTours, parseTours } from './tour-schema';
import { parseGraph } from './validate';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

describe('data/tours.json', () => {
  const graph = parseGraph(read('graph.json'));
  const tours = parseTours(read('tours.json'));

  it('matches the schema', () => {
    expect(tours.ok ? [] : tours.problems).toEqual([]);
  });

  it('selects only nodes and edges that exist in graph.json', () => {
    if (!graph.ok || !tours.ok) throw new Error('data does not parse');
    expect(checkTours(tours.data, graph.data)).toEqual([]);
  });

  it('ships the classroom tour through the ally, partners and memberships', () => {
    if (!tours.ok) throw new Error('tours.json does not parse');
    const tour = tours.data.tours.find((t) => t.id === 'classroom');
    const selected = tour?.steps.map((s) => s.select.join(',')) ?? [];
    for (const id of CONTRACT_PARTNER_IDS) {
      expect(selected).toContain(`kazakhstan,${id}`);
    }
  });

  it('asks each framing as a question rather than asserting it', () => {
    if (!tours.ok) throw new Error('tours.json does not parse');
    for (const tour of tours.data.tours)
      for (const step of tour.steps) expect(step.title, step.title).toMatch(/\?$/);
  });
});

describe('checkTours', () => {
  const graph = parseGraph(read('graph.json'));
  it('names a step that selects nothing in the graph', () => {
    if (!graph.ok) throw new Error('graph.json does not parse');
    const bad = {
      schemaVersion: 1 as const,
      tours: [
        {
          id: 'x',
          title: 'X',
          description: 'Ours.',
          steps: [
            { select: ['atlantis'], title: 'A' },
            { select: ['china', 'russia'], title: 'B' },
          ],
        },
        { id: 'x', title: 'Y', description: 'Ours.', steps: [{ select: ['russia'], title: 'C' }] },
      ],
    };
    const problems = checkTours(bad, graph.data);
    expect(problems.map((p) => p.where)).toEqual([
      'tours.json: tours[0] (x).steps[0].select',
      'tours.json: tours[0] (x).steps[1].select',
      'tours.json: tours[1]',
    ]);
  });

  it('rejects a step without a title, naming the field', () => {
    const result = parseTours({
      schemaVersion: 1,
      tours: [{ id: 'x', title: 'X', description: 'D', steps: [{ select: ['russia'] }] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('tours.json: tours[0].steps[0].title');
  });
});
