// Pan and zoom: wheel (unless disabled, as in an embed), pinch, drag on the background, and
// buttons. The fitted view is written straight to the viewport element before d3-zoom has
// loaded (see svg-gestures.ts); the transform never goes through React state.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ZoomController } from './svg-gestures';
import type { View } from '../view/zoom-policy';
import type { ZoomActions } from '../chrome/zoom-controls';
import type { LabelScaling } from './label-scaling';

export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  wheel: boolean,
  labels: LabelScaling,
): ZoomActions {
  const controller = useRef<ZoomController | null>(null);
  const view = useRef<View>({ k: 1, x: 0, y: 0 });
  const userMoved = useRef(false);
  /** The box's size at the last fit. */
  const fitted = useRef<{ width: number; height: number } | null>(null);
  /** The prerendered first frame's view, while it is kept. */
  const firstView = useRef<View | null>(null);
  const grown = useRef(false);
  const labelsRef = useRef(labels);
  useEffect(() => {
    labelsRef.current = labels;
  });

  /** The CSS font size follows --ls; placement has already assumed the scale. */
  const showScale = useCallback(() => {
    const ls = labelsRef.current.scale().toFixed(2);
    const svg = svgRef.current;
    if (svg && svg.style.getPropertyValue('--ls') !== ls) svg.style.setProperty('--ls', ls);
  }, [svgRef]);

  /** Draws a view: the viewport's transform, and the labels' scale and places for it. */
  const apply = useCallback(
    (v: View) => {
      view.current = v;
      viewportRef.current?.setAttribute('transform', `translate(${v.x},${v.y}) scale(${v.k})`);
      labelsRef.current.zoomed(v.k);
      showScale();
    },
    [viewportRef, showScale],
  );

  const fit = useCallback(
    (animate = false) => {
      const svg = svgRef.current;
      if (!svg) return;
      // The first frame (the prerendered markup) was fitted by a viewBox and, on a phone or in
      // an embed, the build's stylesheet of first frames (first-frames.ts), which hold while the
      // viewBox does; from here the viewport's transform does it, in CSS pixels. Where that
      // frame is good enough (its labels fit at their minimum size), it is kept, so that
      // nothing moves on hydration.
      const world = viewportRef.current;
      const m = svg.hasAttribute('viewBox') && world?.getCTM();
      const markup = m ? { k: m.a, x: m.e, y: m.f } : null;
      // A frame of that stylesheet (its world `scale`) was fitted for labels grown to their
      // minimum; the viewBox alone was fitted for their world size.
      if (m) grown.current = getComputedStyle(world!).scale !== 'none';
      svg.removeAttribute('viewBox');
      const box = svg.getBoundingClientRect();
      const { width, height } = box;
      if (!width || !height) return;
      const same = fitted.current?.width === width && fitted.current.height === height;
      fitted.current = { width, height };
      // Fit brings back the view the page opened with, while the box keeps its size.
      const first = markup ?? (same ? firstView.current : null);
      // Labels keep a minimum size on screen, so they take more room as the map is shown
      // smaller: fitView finds the zoom at which nodes and placed labels fit together.
      // The zoom buttons sit over the map's right edge: fit beside them, so no label is
      // under a button.
      const buttons = svg.parentElement?.querySelector('.zoom-controls')?.getBoundingClientRect();
      const reserve = buttons?.width ? Math.max(0, box.right - buttons.left + 4) : 0;
      // The buttons' own box (in the map's pixels): a relation's name may use the room below
      // them, never the room under them.
      const under = buttons?.width
        ? { x0: width - reserve, y0: 0, x1: width, y1: buttons.bottom - box.top + 4 }
        : undefined;
      const labels = labelsRef.current;
      const kept =
        first && labels.keep(first, width - reserve, height, width, under, grown.current);
      firstView.current = kept && first;
      const target = kept ?? labels.fit(width - reserve, height, width, under);
      showScale();
      const motion = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (controller.current) controller.current.to(target, motion);
      else apply(target);
      userMoved.current = false;
    },
    [svgRef, viewportRef, apply, showScale],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Fitted already (the map's first layout effect), unless the box has changed since.
    const resized = () => {
      const { width, height } = svg.getBoundingClientRect();
      return width !== fitted.current?.width || height !== fitted.current?.height;
    };
    if (resized()) fit();
    let live = true;
    void import('./svg-gestures').then(({ createZoom }) => {
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
    // Refit in the next frame, not inside the observer's callback: a fit that moves the map
    // while the page is still settling its sizes (a source view opening over it) made WebKit
    // report "ResizeObserver loop completed with undelivered notifications" as an error.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!userMoved.current && resized()) fit();
      });
    });
    observer.observe(svg);
    return () => {
      cancelAnimationFrame(frame);
      live = false;
      observer.disconnect();
      controller.current?.destroy();
      controller.current = null;
    };
  }, [svgRef, wheel, fit, apply]);

  // How far a press zooms is zoom-policy.ts's rule, applied by the pointer code (svg-gestures.ts).
  const zoomBy = useCallback((steps: 1 | -1) => {
    userMoved.current = true;
    controller.current?.zoomBy(steps);
  }, []);

  return {
    zoomIn: useCallback(() => zoomBy(1), [zoomBy]),
    zoomOut: useCallback(() => zoomBy(-1), [zoomBy]),
    fit,
    view: useCallback(() => view.current, []),
  };
}
