// Synthetic graphs for the benchmark: valid against the app's schema (so the real app parses
// and draws them with its own components), deterministic, and plainly fake — they are served to
// the browser by route interception and never written into data/.
const KINDS = ['country', 'organisation', 'region'];
const RELATIONS = ['ally', 'strategic-partner', 'constructive-partner', 'member', 'engagement'];

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n nodes: a focal node, a random tree hanging from it, and n/4 extra cross links. */
export function syntheticGraph(n, seed = 1) {
  const rand = seeded(seed);
  const passage = { source: 'synthetic', text: 'Synthetic benchmark passage.', stance: 'supports' };
  const nodes = [
    {
      id: 'kazakhstan',
      label: 'Kazakhstan',
      kind: 'country',
      aliases: [],
      description: 'Synthetic focal node for the benchmark.',
      focal: true,
      passages: [],
    },
  ];
  for (let i = 1; i < n; i++) {
    nodes.push({
      id: `n-${i}`,
      label: `Node ${i}`,
      kind: KINDS[i % 3],
      aliases: [],
      description: `Synthetic node ${i}.`,
      passages: [],
    });
  }
  const edges = [];
  const seen = new Set();
  const add = (a, b) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push({
      source: a,
      target: b,
      relation: RELATIONS[edges.length % RELATIONS.length],
      summary: 'Synthetic relation for the benchmark.',
      passages: [passage],
    });
  };
  for (let i = 1; i < n; i++)
    add(i <= 12 ? 'kazakhstan' : `n-${1 + Math.floor(rand() * (i - 1))}`, `n-${i}`);
  for (let k = 0; k < n / 4; k++) {
    add(`n-${1 + Math.floor(rand() * (n - 1))}`, `n-${1 + Math.floor(rand() * (n - 1))}`);
  }
  return {
    schemaVersion: 1,
    sources: [
      {
        id: 'synthetic',
        file: 'synthetic.txt',
        title: null,
        label: 'Synthetic benchmark text',
        genre: 'benchmark fixture',
        author: null,
        outlet: null,
        date: null,
      },
    ],
    nodes,
    edges,
    leftOut: [],
  };
}
