import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RELATIONS } from '@/model/relations';
import { contrast, difference, type Deficiency } from './colour-vision';
import { FAMILIES, FAMILY_OF, PALETTE, type PaletteTheme, type ThemePalette } from './palette';

/**
 * CIEDE2000 between any two relation families, for typical vision and each simulated
 * dichromacy. 12 is well past "noticeable" (about 2) and past the 10 often used for colours
 * meant to be told apart at a glance; thin lines need the margin.
 */
const MIN_DELTA_E = 12;
const VISIONS: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

/** Every way a palette fails the rules, in words (empty when it passes). */
function problems(p: ThemePalette): string[] {
  const out: string[] = [];
  const fams = Object.entries(p.family);
  for (const vision of VISIONS) {
    for (let i = 0; i < fams.length; i++) {
      for (let j = i + 1; j < fams.length; j++) {
        const [a, ca] = fams[i]!;
        const [b, cb] = fams[j]!;
        const d = difference(ca, cb, vision);
        if (d < MIN_DELTA_E) out.push(`${a}/${b} ΔE ${d.toFixed(1)} (${vision ?? 'typical'})`);
      }
    }
  }
  for (const [name, colour] of fams) {
    if (contrast(colour, p.bg) < 3) out.push(`${name} line under 3:1`);
  }
  if (contrast(p.node, p.bg) < 3) out.push('node under 3:1');
  // A dimmed name still carries meaning: WCAG AA for text (issue 25; it was 3.85:1).
  if (contrast(p.dimInk, p.bg) < 4.5) out.push('dimmed label under 4.5:1');
  return out;
}

/** Smallest ΔE2000 between families, for the report. */
function minDelta(p: ThemePalette, vision?: Deficiency): number {
  const cs = Object.values(p.family);
  let min = Infinity;
  for (let i = 0; i < cs.length; i++)
    for (let j = i + 1; j < cs.length; j++) min = Math.min(min, difference(cs[i]!, cs[j]!, vision));
  return min;
}

describe('the relation palette', () => {
  test('every relation type belongs to one of at most five families', () => {
    expect(FAMILIES.length).toBeLessThanOrEqual(5);
    for (const r of RELATIONS) expect(FAMILIES).toContain(FAMILY_OF[r]);
  });

  test.each(Object.keys(PALETTE) as PaletteTheme[])(
    '%s: families apart for every vision, lines at 3:1, dimmed text at 4.5:1',
    (theme) => {
      const p = PALETTE[theme];
      expect(problems(p)).toEqual([]);
      // Printed, to compare palettes by their margins.
      const figures = VISIONS.map((v) => `${v ?? 'typical'} ${minDelta(p, v).toFixed(1)}`);
      console.info(`${theme}: min ΔE2000 ${figures.join(', ')}`);
    },
  );

  test('the check fails on the palette it replaced (seven hues, several alike)', () => {
    const old: ThemePalette = {
      ...PALETTE.light,
      family: {
        ally: '#c84d00',
        'strategic-partner': '#a0336e',
        'constructive-partner': '#1f6fa8',
        member: '#5b5d61',
        'regional-cooperation': '#1e7a44',
        'conflict-settlement': '#8f6a00',
        engagement: '#237380',
      } as unknown as ThemePalette['family'],
    };
    expect(problems(old)).toContain('ally/conflict-settlement ΔE 2.9 (protanopia)');
  });

  test('graph.css carries the same colours, and app.css the same backgrounds', () => {
    const css = readFileSync(new URL('../chrome/graph.css', import.meta.url), 'utf8');
    const app = readFileSync(new URL('../../../styles/app.css', import.meta.url), 'utf8');
    const block = (source: string, selector: string) =>
      source.slice(source.indexOf(`${selector} {`)).split('}')[0]!;
    const value = (text: string, name: string) =>
      new RegExp(`--${name}:\\s*([^;]+);`).exec(text)?.[1]?.trim();
    const lightDark = (v: string | undefined) =>
      /light-dark\((#\w+),\s*(#\w+)\)/.exec(v ?? '')?.slice(1) ?? [];
    const root = block(css, ':root');
    const contrastBlock = block(css, ":root[data-theme='contrast']");
    const vars: [string, (p: ThemePalette) => string][] = [
      ...FAMILIES.map((f): [string, (p: ThemePalette) => string] => [
        `fam-${f}`,
        (p) => p.family[f],
      ]),
      ['node', (p) => p.node],
      ['dim-ink', (p) => p.dimInk],
      ['dim-line', (p) => p.dimLine],
    ];
    for (const [name, get] of vars) {
      expect(lightDark(value(root, name)), name).toEqual([get(PALETTE.light), get(PALETTE.dark)]);
      expect(value(contrastBlock, name), name).toBe(get(PALETTE.contrast));
    }
    expect(lightDark(value(block(app, ':root'), 'bg'))).toEqual([
      PALETTE.light.bg,
      PALETTE.dark.bg,
    ]);
    expect(value(block(app, ":root[data-theme='contrast']"), 'bg')).toBe(PALETTE.contrast.bg);
  });
});
