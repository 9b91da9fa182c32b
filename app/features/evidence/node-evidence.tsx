import type { GraphIndex } from '@/model/graph-index';
import { KIND_LABEL } from '@/model/relations';
import type { GraphNode } from '@/model/schema';
import { PassageList } from './passage-list';
import { RelationButton } from './relation-button';

export function NodeEvidence(props: {
  node: GraphNode;
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const { node, index, onSelect } = props;
  const edges = index.edgesOf.get(node.id) ?? [];
  return (
    <>
      <p className="kicker">
        {node.focal ? 'The country this map is about' : KIND_LABEL[node.kind]}
      </p>
      <p className="ours">
        <span className="ours-label">Our description</span> {node.description}
      </p>
      <h3 className="panel-subhead">Relations in this map ({edges.length})</h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={node.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {node.passages.length ? (
        <>
          <h3 className="panel-subhead">What the sources say about {node.label} itself</h3>
          <PassageList passages={node.passages} index={index} />
        </>
      ) : null}
    </>
  );
}
