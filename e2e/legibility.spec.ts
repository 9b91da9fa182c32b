// A map you can read at a glance on every surface: measured as drawn, no name covers
// another name, a node or a zoom button; every name is at least 11 CSS pixels (22 when
// presenting at 1920×1080); the hub's name is whole; a relation is named on its line only when
// selected, hovered or focused.
import { en } from '../app/i18n/en';
import { data, expect, graph, test } from './fixtures';
import { measureLegibility } from './legibility-measure.mjs';

const SURFACES = [
  { name: 'phone', url: '?select=kazakhstan,eeu', width: 390, height: 844, min: 11 },
  { name: 'phone, nothing selected', url: '', width: 390, height: 844, min: 11 },
  { name: 'embed 340, a sidebar', url: '?embed', width: 340, height: 560, min: 11 },
  { name: 'embed 360', url: '?embed&select=kazakhstan,csto', width: 360, height: 560, min: 11 },
  { name: 'embed 640', url: '?embed&select=kazakhstan,russia', width: 640, height: 560, min: 11 },
  { name: 'desktop', url: '?select=kazakhstan,russia', width: 1280, height: 800, min: 11 },
  {
    name: 'presentation',
    url: '?tour=classroom&step=2&present=1',
    width: 1920,
    height: 1080,
    min: 22,
  },
  {
    name: 'Russian phone',
    url: '?lang=ru&select=kazakhstan,china',
    width: 390,
    height: 844,
    min: 11,
  },
  {
    name: 'Kazakh desktop',
    url: '?lang=kk&select=kazakhstan,russia',
    width: 1280,
    height: 800,
    min: 11,
  },
  {
    name: 'Kazakh phone',
    url: '?lang=kk&select=kazakhstan,china',
    width: 390,
    height: 844,
    min: 11,
  },
  {
    name: 'Russian phone, shorter',
    url: '?lang=ru&select=kazakhstan,china',
    width: 390,
    height: 760,
    min: 11,
  },
];

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

for (const s of SURFACES) {
  test(`${s.name} (${s.width}×${s.height}): no name covers another or a node, none under ${s.min} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.goto(`./${s.url}`);
    await expect(page.locator('.graph .node').first()).toBeVisible();
    // The fit follows the layout of the page (panel, sheet, tour bar): wait for it to settle.
    let m = await page.evaluate(measureLegibility);
    await expect
      .poll(async () => {
        const next = await page.evaluate(measureLegibility);
        const same = JSON.stringify(next.labels) === JSON.stringify(m.labels);
        m = next;
        return same;
      })
      .toBe(true);
    expect(m.labels.filter((l) => l.kind === 'node').length).toBeGreaterThan(10);
    expect(m.labelLabel, 'names covering names').toEqual([]);
    expect(m.labelNode, 'names covering nodes or buttons').toEqual([]);
    expect(m.minNodeLabel).toBeGreaterThanOrEqual(s.min);
    if (s.url.includes('select=kazakhstan,')) {
      expect(m.labels.filter((l) => l.kind === 'relation')).toHaveLength(1);
      expect(m.minRelationLabel).toBeGreaterThanOrEqual(s.min);
    }
    expect(m.focalFits, 'the hub’s name is whole').toBe(true);
    // No name runs past the map's edge (a 340 px sidebar embed once cut "Afghanistan").
    const clipped = await page.locator('.graph').evaluate((g) => {
      const box = g.getBoundingClientRect();
      return [...g.querySelectorAll('.node-label')]
        .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0)
        .filter(
          ({ r }) =>
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1,
        )
        .map(({ text }) => text);
    });
    expect(clipped, 'names cut off at the map’s edge').toEqual([]);
  });
}

test('a relation is named on its line only while selected, hovered or focused', async ({
  page,
}) => {
  await page.goto('./');
  const map = graph(page);
  // The words drawn on the line are its firmest source's own.
  const russiaWords = data.edges.find((e) => e.target === 'russia')!.label;
  await expect(map.getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await expect(map.locator('.edge-label')).toHaveCount(0);
  const ally = map.getByRole('button', { name: `Kazakhstan – Russia: ${russiaWords}` });
  await ally.focus();
  await expect(map.locator('.edge-label')).toHaveText(russiaWords);
  await ally.blur();
  await expect(map.locator('.edge-label')).toHaveCount(0);
  await ally.press('Enter');
  await expect(map.locator('.edge-label')).toHaveText(russiaWords);
  // Horizontal: a name is never turned on its side.
  const turn = await map
    .locator('.edge-label text')
    .evaluate((el) => (el as SVGGraphicsElement).getScreenCTM()!.b);
  expect(turn).toBe(0);
});

test('line weight and dots tell the strength of the evidence, and the legend says so', async ({
  page,
}) => {
  await page.goto('./');
  const map = graph(page);
  await expect(map.getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const style = (sel: string) =>
    map
      .locator(`.edge-lines ${sel}`)
      .first()
      .evaluate((el) => {
        const cs = getComputedStyle(el);
        return { width: parseFloat(cs.strokeWidth), dash: cs.strokeDasharray };
      });
  const several = await style('.strength--several');
  const single = await style('.strength--single');
  const unverified = await style('.strength--unverified');
  expect(several.width).toBeGreaterThan(single.width);
  expect([several.dash, single.dash]).toEqual(['none', 'none']);
  expect(unverified.dash).not.toBe('none');
  const legend = map.locator('.legend');
  if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
  const strength = legend.getByRole('list', { name: en.graph.strength });
  await expect(strength.getByRole('listitem')).toHaveText([
    en.graph.strengthSeveral,
    en.graph.strengthSingle,
    en.graph.strengthUnverified,
  ]);
});

test('dimmed context stays readable: lighter ink, not transparency', async ({ page }) => {
  await page.goto('./?select=kazakhstan,russia');
  const dim = graph(page).locator('.node.is-dim .node-label').first();
  await expect(dim).toBeVisible();
  const opacity = await dim.evaluate((el) => {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= +getComputedStyle(e).opacity;
    return o;
  });
  expect(opacity).toBe(1);
});

for (const width of [390, 1280]) {
  test(`the reading tools share one type size at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./');
    const tools = page.locator('.reading-toolbar').locator('button:visible, summary:visible');
    await expect(tools.first()).toBeVisible();
    const sizes = await tools.evaluateAll((els) =>
      els.map((e) => `${e.textContent?.trim()}: ${getComputedStyle(e).fontSize}`),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    const first = sizes[0]?.split(': ')[1];
    expect(sizes.filter((s) => !s.endsWith(`: ${first}`))).toEqual([]);
  });
}

for (const lang of ['en', 'kk', 'ru']) {
  test(`nothing runs off a 320 px phone's screen in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const view of ['', '&select=kazakhstan,russia', '&view=table', '&embed']) {
      await page.goto(`./?lang=${lang}${view}`);
      const drawn = view.includes('table') ? page.getByRole('table') : page.locator('.graph .node');
      await expect(drawn.first()).toBeVisible();
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(wider, `?lang=${lang}${view} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}
