// The SVG painter: every node and edge a focusable element, for curated maps. It composes the
// engine (layout, simulation, drag), zoom, and the node and edge elements; it re-renders when
// data, filters, selection or hover change, never on a simulation tick.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphPort } from '@/lib/graph-port';
import { visibleElements } from '@/model/filters';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { nodeSelection, selectionFromIds } from '@/model/selection';
import { useUi } from '@/store/store';
import { createRegistry, drawLayout, firstFrame, type NodeElements } from './svg-writer';
import { emphasis, selectedKeyOf } from '../view/emphasis';
import { createEngine } from '../engine/engine';
import { GraphEdge } from './graph-edge';
import { GraphNode } from './graph-node';
import { labelScaling } from './label-scaling';
import type { Positions } from '../engine/layout';
import { Legend } from '../chrome/legend';
import { legendEntries, usePublishPort, type OnPort } from '../chrome/port';
import { useForceSimulation } from './use-svg-engine';
import { useNeighbourKeys } from './use-neighbour-keys';
import { useZoom } from './use-zoom';
import { ZoomControls } from '../chrome/zoom-controls';
import '../chrome/filtered.css';
import '../chrome/graph.css';

interface Props {
  index: GraphIndex;
  /** The build's settled layout: drawn as it is, with no layout work in the browser. */
  positions?: Positions;
  onPort?: OnPort;
}

export function GraphView({ index, positions, onPort }: Props) {
  const { nodes, edges } = index.data;
  const t = useT();
  const engine = useMemo(
    () => createEngine(nodes, edges, { positions }),
    [nodes, edges, positions],
  );
  const { layout } = engine;
  const registry = useMemo(() => createRegistry(), []);
  // The first frame as attributes (the prerendered markup): rendered once per layout, so a later
  // render never moves what the simulation has drawn.
  const first = useMemo(() => firstFrame(layout), [layout]);
  const sectionRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const attachDrag = useForceSimulation(engine, registry);
  const embed = useUi((s) => s.embed);
  const labels = useMemo(() => labelScaling(layout, registry), [layout, registry]);
  const zoom = useZoom(svgRef, viewportRef, !embed, labels);
  // Presenting sets a larger minimum for labels: refit when it starts or stops.
  const presenting = useUi((s) => s.presenting);
  const { fit, view } = zoom;
  useLayoutEffect(() => fit(), [presenting, fit]);

  const selectedKey = selectedKeyOf(useUi((s) => s.selection));
  const hovered = useUi((s) => s.hovered);
  const select = useUi((s) => s.select);
  const hover = useUi((s) => s.hover);
  // Filters dim and disable what they leave out; the layout is never re-run, so nothing moves.
  const filters = useUi((s) => s.filters);
  const shown = useMemo(() => visibleElements(index, filters).has, [index, filters]);
  const { stateOf } = useMemo(
    () => emphasis(index, selectedKey, hovered, shown),
    [index, selectedKey, hovered, shown],
  );

  // The relation's name shows on the selected and the hovered line: place it once React has
  // rendered it.
  useLayoutEffect(() => drawLayout(layout, registry), [layout, registry, selectedKey, hovered]);

  const onSelectNode = useCallback((id: string) => select(nodeSelection(id)), [select]);
  const onSelectEdge = useCallback(
    (key: string) => select(selectionFromIds(key.split(','))),
    [select],
  );

  const registerNode = useCallback(
    (id: string, els: NodeElements | null) => {
      if (els) registry.nodes.set(id, els);
      else registry.nodes.delete(id);
    },
    [registry],
  );
  const registerEdge = useCallback(
    (key: string, root: SVGGElement | null) => {
      const entry = registry.edges.get(key) ?? {};
      entry.root = root;
      entry.hitLine = root?.querySelector('line') ?? null;
      entry.label = root?.querySelector<SVGGElement>('.edge-label') ?? null;
      registry.edges.set(key, entry);
    },
    [registry],
  );
  const registerLine = useCallback(
    (key: string, line: SVGLineElement | null) => {
      const entry = registry.edges.get(key) ?? {};
      entry.line = line;
      registry.edges.set(key, entry);
    },
    [registry],
  );

  const layoutNode = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const onNeighbourKey = useNeighbourKeys(index, layoutNode, registry, shown);

  const port = useMemo<GraphPort>(
    () => ({
      snapshot() {
        const svg = svgRef.current;
        const world = viewportRef.current;
        if (!svg || !world || !svg.getClientRects().length) return null;
        const b = world.getBBox();
        return {
          world,
          styled: false,
          view: { ...view(), width: svg.clientWidth || 800, height: svg.clientHeight || 600 },
          bounds: { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height },
          legend: legendEntries(sectionRef.current),
          styleRoot: svg,
        };
      },
      focus(key) {
        const el = registry.nodes.get(key)?.root ?? registry.edges.get(key)?.root;
        // The map never scrolls, and in an embed a plain focus() would scroll the host article.
        el?.focus({ preventScroll: true });
        return !!el;
      },
    }),
    [registry, view],
  );
  usePublishPort(onPort, port);

  return (
    <section className="graph" id="map" aria-label={t.graph.region} ref={sectionRef}>
      <svg
        ref={svgRef}
        className="graph-svg"
        viewBox={first.viewBox}
        aria-label={t.graph.svgLabel}
        aria-describedby="graph-keys-hint"
        onClick={(e) => {
          if (e.target === e.currentTarget) select(null);
        }}
      >
        <g ref={viewportRef}>
          <g className="edge-lines" aria-hidden="true">
            {layout.links.map((l) => (
              <line
                key={l.key}
                ref={(el) => registerLine(l.key, el)}
                {...first.lines.get(l.key)}
                className={`edge-line edge--${l.relation} strength--${index.strength.get(l.key)?.level ?? 'single'} is-${stateOf(l.key)}${shown(l.key) ? '' : ' is-filtered'}`}
              />
            ))}
          </g>
          <g className="nodes" onKeyDown={onNeighbourKey}>
            {nodes.map((n) => (
              <GraphNode
                key={n.id}
                node={n}
                layoutNode={layoutNode.get(n.id)!}
                first={first.nodes.get(n.id)}
                state={stateOf(n.id)}
                filtered={!shown(n.id)}
                onSelect={onSelectNode}
                onHover={hover}
                register={registerNode}
                attachDrag={attachDrag}
              />
            ))}
          </g>
          <g className="edges">
            {edges.map((e) => {
              const key = edgeKey(e.source, e.target);
              return (
                <GraphEdge
                  key={key}
                  edgeKey={key}
                  relation={e.relation}
                  label={e.label}
                  name={edgeName(index, e)}
                  line={first.lines.get(key)}
                  state={stateOf(key)}
                  labelled={key === selectedKey || key === hovered}
                  filtered={!shown(key)}
                  onSelect={onSelectEdge}
                  onHover={hover}
                  register={registerEdge}
                />
              );
            })}
          </g>
        </g>
      </svg>
      <p id="graph-keys-hint" className="visually-hidden">
        {t.graph.keysHint}
      </p>
      <p className="visually-hidden" aria-live="polite" data-announcer />
      <ZoomControls controls={zoom} />
      <Legend data={index.data} />
    </section>
  );
}
