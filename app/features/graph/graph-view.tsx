// The map: composes layout, simulation, zoom, and the node and edge elements. It re-renders
// when data, selection or hover change, never on a simulation tick.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import shippedLayout from 'virtual:shipped-layout';
import { useT } from '@/i18n/catalogue';
import { visibleElements } from '@/model/filters';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { nodeSelection, selectionFromIds, selectionKey } from '@/model/selection';
import { useUi } from '@/store/store';
import { GraphEdge } from './graph-edge';
import { GraphNode, type ElementState } from './graph-node';
import { createRegistry, drawLayout, firstFrame, type NodeElements } from './draw';
import { labelScaling } from './label-scaling';
import { createLayout } from './layout';
import { Legend } from './legend';
import { applyShippedLayout } from './shipped-layout';
import { useForceSimulation } from './use-force-simulation';
import { useNeighbourKeys } from './use-neighbour-keys';
import { useZoom } from './use-zoom';
import { ZoomControls } from './zoom-controls';
import './filtered.css';
import './graph.css';

export function GraphView({ index }: { index: GraphIndex }) {
  const { nodes, edges } = index.data;
  const t = useT();
  const layout = useMemo(() => {
    const fresh = createLayout(nodes, edges);
    // The shipped graph comes laid out by the build: no tick runs here (shipped-layout.ts).
    applyShippedLayout(fresh, nodes, edges, shippedLayout);
    return fresh;
  }, [nodes, edges]);
  const registry = useMemo(() => createRegistry(), []);
  // Rendered once per layout, so a later render never moves what the simulation has drawn.
  const first = useMemo(() => firstFrame(layout, registry), [layout, registry]);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const attachDrag = useForceSimulation(layout, registry);
  const embed = useUi((s) => s.embed);
  const labels = useMemo(() => labelScaling(layout, registry), [layout, registry]);
  const zoom = useZoom(svgRef, viewportRef, !embed, labels);
  // Presenting sets a larger minimum for labels: refit when it starts or stops.
  const presenting = useUi((s) => s.presenting);
  const { fit } = zoom;
  useLayoutEffect(() => fit(), [presenting, fit]);

  const selection = useUi((s) => s.selection);
  const hovered = useUi((s) => s.hovered);
  const select = useUi((s) => s.select);
  const hover = useUi((s) => s.hover);

  const selectedKey = selection ? selectionKey(selection) : null;
  const stateOf = useMemo(() => {
    // What to emphasise: the hovered element's neighbourhood, else the selection's.
    const focus = hovered ?? selectedKey;
    const near = new Set<string>();
    if (focus && index.node.has(focus)) {
      near.add(focus);
      for (const e of index.edgesOf.get(focus) ?? []) {
        near.add(e.source).add(e.target).add(edgeKey(e.source, e.target));
      }
    } else if (focus && index.edge.has(focus)) {
      near.add(focus);
      for (const id of focus.split(',')) near.add(id);
    }
    return (id: string): ElementState => {
      if (id === selectedKey) return 'selected';
      if (!near.size) return 'normal';
      return near.has(id) ? 'near' : 'dim';
    };
  }, [hovered, selectedKey, index]);

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
  // Filters dim and disable what they leave out; the layout is never re-run, so nothing moves.
  const filters = useUi((s) => s.filters);
  const shown = useMemo(() => visibleElements(index, filters).has, [index, filters]);
  const onNeighbourKey = useNeighbourKeys(index, layoutNode, registry, shown);

  return (
    <section className="graph" id="map" aria-label={t.graph.region}>
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
