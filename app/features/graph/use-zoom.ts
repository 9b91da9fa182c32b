// Pan and zoom with d3-zoom: wheel (unless disabled, as in an embed), pinch, drag on the
// background, and buttons. The transform is written to the viewport element, never to state.
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() for animated zoom
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
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
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const userMoved = useRef(false);
  const getBoundsRef = useRef(getBounds);
  const onLabelScaleRef = useRef(onLabelScale);
  useEffect(() => {
    getBoundsRef.current = getBounds;
    onLabelScaleRef.current = onLabelScale;
  });

  const fit = useCallback(
    (animate = false) => {
      const svg = svgRef.current;
      const z = behaviour.current;
      if (!svg || !z) return;
      const { width, height } = svg.getBoundingClientRect();
      if (!width || !height) return;
      // Labels grow when the map is small, which changes the bounds: fit twice to converge.
      const fitScale = (b: Bounds) => Math.min(width / (b.x1 - b.x0), height / (b.y1 - b.y0), 1.5);
      let b = getBoundsRef.current(1);
      for (let i = 0; i < 2; i++) b = getBoundsRef.current(labelScaleFor(fitScale(b)));
      const scale = fitScale(b);
      const t = zoomIdentity
        .translate(width / 2, height / 2)
        .scale(scale)
        .translate(-(b.x0 + b.x1) / 2, -(b.y0 + b.y1) / 2);
      const sel = select(svg);
      if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        sel.transition().duration(300).call(z.transform, t);
      } else sel.call(z.transform, t);
      userMoved.current = false;
    },
    [svgRef],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let lastLabelScale = 1;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 5])
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        if (event.type === 'wheel') return wheel;
        if (event.type === 'dblclick') return false;
        return !event.ctrlKey && !event.button;
      })
      .on('zoom', (event) => {
        viewportRef.current?.setAttribute('transform', event.transform.toString());
        const labelScale = labelScaleFor(event.transform.k);
        if (labelScale !== lastLabelScale) {
          lastLabelScale = labelScale;
          svg.style.setProperty('--ls', labelScale.toFixed(2));
          onLabelScaleRef.current(labelScale);
        }
        if (event.sourceEvent) userMoved.current = true;
      });
    behaviour.current = z;
    select(svg).call(z);
    fit();
    const observer = new ResizeObserver(() => {
      if (!userMoved.current) fit();
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      select(svg).on('.zoom', null);
    };
  }, [svgRef, viewportRef, wheel, fit]);

  const scaleBy = useCallback(
    (k: number) => {
      const svg = svgRef.current;
      if (svg && behaviour.current) {
        userMoved.current = true;
        select(svg).transition().duration(200).call(behaviour.current.scaleBy, k);
      }
    },
    [svgRef],
  );

  return {
    zoomIn: useCallback(() => scaleBy(1.4), [scaleBy]),
    zoomOut: useCallback(() => scaleBy(1 / 1.4), [scaleBy]),
    fit,
  };
}
