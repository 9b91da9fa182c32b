// The map's colours, in one place. Relation types are grouped into five families, each one
// hue (membership a neutral grey), so a reader tells at most five colours apart and the legend
// names the rest. graph.css mirrors these values as custom properties; palette.test.ts checks
// that it does, that every pair of families stays apart for protanopia, deuteranopia and
// tritanopia, and that every line reaches 3:1 on its background. Dashes are not used for
// relation types: they mean strength of evidence (see strength.ts).
import type { Relation } from '@/model/schema';

export type Family = 'alliance' | 'partnership' | 'regional' | 'engagement' | 'membership';

export const FAMILIES: readonly Family[] = [
  'alliance',
  'partnership',
  'regional',
  'engagement',
  'membership',
];

export const FAMILY_OF: Record<Relation, Family> = {
  ally: 'alliance',
  'strategic-partner': 'partnership',
  'constructive-partner': 'partnership',
  'regional-cooperation': 'regional',
  engagement: 'engagement',
  'conflict-settlement': 'engagement',
  member: 'membership',
};

export type PaletteTheme = 'light' | 'dark' | 'contrast';

export interface ThemePalette {
  bg: string;
  family: Record<Family, string>;
  /** Non-focal nodes: one neutral ink; kind is told by shape. */
  node: string;
  /** Labels and shapes of what is not in focus: lighter, yet ≥ 3:1 for text. */
  dimInk: string;
  /** Lines not in focus. */
  dimLine: string;
}

// Found by a constrained search from Okabe–Ito-like starting hues (orange, blue, green,
// purple, grey), keeping each near its hue while pushing the CVD distances apart.
export const PALETTE: Record<PaletteTheme, ThemePalette> = {
  light: {
    bg: '#fbfaf7',
    family: {
      alliance: '#e26917',
      partnership: '#253872',
      regional: '#007456',
      engagement: '#9d5fc8',
      membership: '#8a8c8f',
    },
    node: '#4a4d52',
    dimInk: '#6b6e74',
    dimLine: '#d3d0c9',
  },
  dark: {
    bg: '#16181b',
    family: {
      alliance: '#ff6a17',
      partnership: '#b5cfff',
      regional: '#4fbb80',
      engagement: '#d48eb5',
      membership: '#777a7e',
    },
    node: '#c9c8c4',
    dimInk: '#8b8e94',
    dimLine: '#3a3d42',
  },
  contrast: {
    bg: '#000000',
    family: {
      alliance: '#e46c16',
      partnership: '#b0c5ff',
      regional: '#00ff83',
      engagement: '#b95cff',
      membership: '#efefef',
    },
    node: '#ffffff',
    dimInk: '#a6a6a6',
    dimLine: '#4d4d4d',
  },
};
