// Pre-drawn node discs for the canvas painter (canvas-draw.ts).

/**
 * Filled discs, pre-drawn once per colour and size: a software-rastered canvas (no GPU) copies
 * 1,000 small bitmaps much faster than it fills one path of 1,000 arcs.
 */
const sprites = new Map<string, ImageBitmap | HTMLCanvasElement>();
export function disc(colour: string, radius: number): ImageBitmap | HTMLCanvasElement {
  const r = Math.max(1, Math.round(radius * 4) / 4);
  const key = `${colour} ${r}`;
  let sprite = sprites.get(key);
  if (!sprite) {
    if (sprites.size > 64) sprites.clear(); // zooming makes new sizes; keep the cache small
    const size = Math.ceil(2 * r) + 2;
    // An ImageBitmap where there is OffscreenCanvas: drawing from a <canvas> snapshots it on
    // every call without a GPU (about 18 µs a copy: 5,000 nodes took 90 ms a frame).
    const off = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(size, size);
    const canvas = off ?? document.createElement('canvas');
    canvas.width = canvas.height = size;
    const c = canvas.getContext('2d') as
      CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
    c.fillStyle = colour;
    c.arc(size / 2, size / 2, r, 0, 2 * Math.PI);
    c.fill();
    sprite = off ? off.transferToImageBitmap() : (canvas as HTMLCanvasElement);
    sprites.set(key, sprite);
  }
  return sprite;
}
