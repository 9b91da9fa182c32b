import { useMemo } from 'react';
import { useT } from '@/i18n/catalogue';
import { isFiltering, NO_FILTERS, visibleElements } from '@/model/filters';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphNode } from '@/model/schema';
import { edgeKey } from '@/model/ids';
import { useUi } from '@/store/store';
import { PassageList } from './passage-list';
import { RelationButton } from './relation-button';
import { SlidePassages } from './slide-passages';
import './node-evidence.css';

export function NodeEvidence(props: {
  node: GraphNode;
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const { node, index, onSelect } = props;
  const t = useT();
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const all = index.edgesOf.get(node.id) ?? [];
  // The list agrees with the map: what the filters fade out there is left out here, and the
  // reader is told how much, with a way to bring it back.
  const shown = useMemo(() => visibleElements(index, filters).has, [index, filters]);
  const edges = isFiltering(filters) ? all.filter((e) => shown(edgeKey(e.source, e.target))) : all;
  const hidden = all.length - edges.length;
  const presenting = useUi((s) => s.presenting);
  const claim = (
    <>
      <p className="kicker">{node.focal ? t.evidence.focalKicker : t.kind[node.kind]}</p>
      <p className="ours">
        <span className="ours-label">{t.evidence.ourDescription}</span> {node.description}
      </p>
    </>
  );
  const rest = (
    <>
      <h3 className="panel-subhead">{t.evidence.relationsInMap(edges.length)}</h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={node.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {hidden ? (
        <p className="filtered-note">
          {t.surfaces.hiddenByFilters(hidden)}{' '}
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            {t.filters.clear}
          </button>
        </p>
      ) : null}
      {node.passages.length ? (
        <>
          <h3 className="panel-subhead">{t.evidence.aboutItself(node.label)}</h3>
          <PassageList passages={node.passages} index={index} />
        </>
      ) : null}
    </>
  );
  // On a projector a node's step is a slide too: what it is, and what the texts say of it; its
  // relations are on the map, and in "All passages".
  if (presenting && node.passages.length) {
    return (
      <SlidePassages key={node.id} passages={node.passages} index={index} all={rest}>
        {claim}
      </SlidePassages>
    );
  }
  return (
    <>
      {claim}
      {rest}
    </>
  );
}
