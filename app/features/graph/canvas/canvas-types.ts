// What the canvas painter draws with: the colours read from the page's CSS, the view on
// screen, and what is emphasised. Its own module so that the drawing modules share it without
// importing each other.
import type { StrengthLevel } from '@/model/strength';
import type { NodeKind, Relation } from '@/model/schema';
import type { View } from '../view/zoom-policy';

export interface Palette {
  bg: string;
  ink: string;
  halo: string;
  focus: string;
  focal: string;
  kind: Record<NodeKind, string>;
  relation: Record<Relation, string>;
}

/** The zoom transform (screen = world × k + (x, y), in CSS pixels) and the canvas it draws on. */
export interface CanvasView extends View {
  width: number;
  height: number;
  dpr: number;
  /** The map is moving (the layout runs, a node is dragged, a zoom or pan is under way). */
  moving?: boolean;
}

export interface Emphasis {
  /** The selected node id or edge key. */
  selected: string | null;
  /** Ids of the hovered (else selected) element's neighbourhood; empty when there is none. */
  near: ReadonlySet<string>;
  /** False for what the filters leave out: drawn faintly. */
  shown: (id: string) => boolean;
  /** The keyboard-focused node id or edge key (from the accessible list). */
  focused: string | null;
  labels: Map<string, string>;
  /** The relation's name, drawn on the selected, hovered or focused line. */
  lineLabel: (key: string) => string;
  hovered: string | null;
  /** Strength of evidence by edge key: heavier for several sources, dotted if unverified. */
  strength?: ReadonlyMap<string, { level: StrengthLevel }>;
}
