import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphNode } from '@/model/schema';
import { PassageList } from './passage-list';
import { RelationButton } from './relation-button';

export function NodeEvidence(props: {
  node: GraphNode;
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const { node, index, onSelect } = props;
  const t = useT();
  const edges = index.edgesOf.get(node.id) ?? [];
  return (
    <>
      <p className="kicker">{node.focal ? t.evidence.focalKicker : t.kind[node.kind]}</p>
      <p className="ours">
        <span className="ours-label">{t.evidence.ourDescription}</span> {node.description}
      </p>
      <h3 className="panel-subhead">{t.evidence.relationsInMap(edges.length)}</h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={node.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {node.passages.length ? (
        <>
          <h3 className="panel-subhead">{t.evidence.aboutItself(node.label)}</h3>
          <PassageList passages={node.passages} index={index} />
        </>
      ) : null}
    </>
  );
}
