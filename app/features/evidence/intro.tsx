import type { GraphIndex } from '@/model/graph-index';
import { RelationButton } from './relation-button';

/** The "nothing selected" state: how to read the map, and every relation as a way in. */
export function Intro({
  index,
  onSelect,
}: {
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const focal = index.data.nodes.find((n) => n.focal);
  const edges = focal ? (index.edgesOf.get(focal.id) ?? []) : index.data.edges;
  const others = index.data.edges.filter((e) => !edges.includes(e));
  const passages = index.data.edges.reduce((n, e) => n + e.passages.length, 0);
  return (
    <div className="intro">
      <p>
        Select a country, an organisation or a line between them to read the passages that justify
        it. Every line rests on words quoted from {index.data.sources.length} source texts (
        {passages} passages in all); passages that hedge or limit a relation are marked{' '}
        <span className="stance stance--qualifies">Qualifies</span>.
      </p>
      <h3 className="panel-subhead">{focal ? `${focal.label}’s relations` : 'Relations'}</h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={focal?.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {others.length ? (
        <>
          <h3 className="panel-subhead">Other ties the sources state</h3>
          <ul className="relation-list">
            {others.map((e) => (
              <li key={`${e.source},${e.target}`}>
                <RelationButton edge={e} index={index} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
