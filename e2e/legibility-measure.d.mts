export interface MeasuredLabel {
  id: string | null;
  kind: 'node' | 'relation';
  focal: boolean;
  text: string | null;
  /** Drawn font size in CSS px. */
  px: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Legibility {
  labelLabel: [string, string][];
  labelNode: [string, string][];
  minNodeLabel: number;
  minRelationLabel: number;
  focalFits: boolean;
  labels: MeasuredLabel[];
}
export function measureLegibility(): Legibility;
