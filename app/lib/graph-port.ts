// The map's port: what the shell may ask of the graph feature, whichever painter draws it, and
// hands on to other features (the handout's pictures, Escape's return of focus). Features do
// not read each other's DOM; the graph publishes this (Graph's onPort) and the shell passes it.

/** The map as a picture, for export and the printed handout. */
export interface MapSnapshot {
  /**
   * The map in world coordinates. `styled: false`: the live SVG elements, styled by the page's
   * classes (copy their computed styles). `styled: true`: a drawn copy that carries its own
   * presentation attributes (the canvas painter's), not in the document.
   */
  world: SVGGElement;
  styled: boolean;
  /** The view on screen: the transform world → screen and the map's size in CSS pixels. */
  view: { x: number; y: number; k: number; width: number; height: number };
  /** The whole map's extent in world coordinates. */
  bounds: { x0: number; y0: number; x1: number; y1: number };
  /** The legend's entries: each swatch as drawn on the page, and its words. */
  legend: { swatch: SVGSVGElement; label: string }[];
  /** An element in the page whose computed style carries the theme (--bg, --ink, --font-ui). */
  styleRoot: Element;
}

export interface GraphPort {
  /** The map as it is now, or null while it has no size (hidden, printing). */
  snapshot(): MapSnapshot | null;
  /** Moves keyboard focus to a node (id) or an edge (key "a,b"); false when there is none. */
  focus(key: string): boolean;
}
