// Pan and zoom: wheel (unless disabled, as in an embed), pinch, drag on the background, and
// buttons. The fitted view is written straight to the viewport element before d3-zoom has
// loaded (see interaction.ts); the transform never goes through React state.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { View, ZoomController } from './interaction';
import { labelScaleFor, type Bounds } from './layout';

export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: (animate?: boolean) => void;
}

export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  getBounds: (labelScale: number) => Bounds,
  wheel: boolean,
  onLabelScale: (labelScale: number) => void,
): ZoomControls {
  const controller = useRef<ZoomController | null>(null);
  const view = useRef<View>({ k: 1, x: 0, y: 0 });
  const labelScale = useRef(1);
  const userMoved = useRef(false);
  const getBoundsRef = useRef(getBounds);
  const onLabelScaleRef = useRef(onLabelScale);
  useEffect(() => {
    getBoundsRef.current = getBounds;
    onLabelScaleRef.current = onLabelScale;
  });

  /** Draws a view: the viewport's transform, and label scaling when the map is small. */
  const apply = useCallback(
    (v: View) => {
      view.current = v;
      viewportRef.current?.setAttribute('transform', `translate(${v.x},${v.y}) scale(${v.k})`);
      const ls = labelScaleFor(v.k);
      if (ls !== labelScale.current) {
        labelScale.current = ls;
        svgRef.current?.style.setProperty('--ls', ls.toFixed(2));
        onLabelScaleRef.current(ls);
      }
    },
    [svgRef, viewportRef],
  );

  const fit = useCallback(
    (animate = false) => {
      const svg = svgRef.current;
      if (!svg) return;
      const { width, height } = svg.getBoundingClientRect();
      if (!width || !height) return;
      // Labels grow when the map is small, which changes the bounds: fit twice to converge.
      const fitScale = (b: Bounds) => Math.min(width / (b.x1 - b.x0), height / (b.y1 - b.y0), 1.5);
      let b = getBoundsRef.current(1);
      for (let i = 0; i < 2; i++) b = getBoundsRef.current(labelScaleFor(fitScale(b)));
      const k = fitScale(b);
      const target = {
        k,
        x: width / 2 - (k * (b.x0 + b.x1)) / 2,
        y: height / 2 - (k * (b.y0 + b.y1)) / 2,
      };
      const motion = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (controller.current) controller.current.to(target, motion);
      else apply(target);
      userMoved.current = false;
    },
    [svgRef, apply],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    fit();
    let live = true;
    void import('./interaction').then(({ createZoom }) => {
      if (!live) return;
      controller.current = createZoom(svg, {
        wheel,
        initial: view.current,
        onZoom: (v, byUser) => {
          apply(v);
          if (byUser) userMoved.current = true;
        },
      });
    });
    const observer = new ResizeObserver(() => {
      if (!userMoved.current) fit();
    });
    observer.observe(svg);
    return () => {
      live = false;
      observer.disconnect();
      controller.current?.destroy();
      controller.current = null;
    };
  }, [svgRef, wheel, fit, apply]);

  const scaleBy = useCallback((k: number) => {
    userMoved.current = true;
    controller.current?.scaleBy(k);
  }, []);

  return {
    zoomIn: useCallback(() => scaleBy(1.4), [scaleBy]),
    zoomOut: useCallback(() => scaleBy(1 / 1.4), [scaleBy]),
    fit,
  };
}
