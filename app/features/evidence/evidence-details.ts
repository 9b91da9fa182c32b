// What the evidence panel shows for a selection, loaded on demand (evidence-panel.tsx).
export { EdgeEvidence } from './edge-evidence';
export { NodeEvidence } from './node-evidence';
