import { useT } from '@/i18n/catalogue';
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
  const t = useT();
  const focal = index.data.nodes.find((n) => n.focal);
  const edges = focal ? (index.edgesOf.get(focal.id) ?? []) : index.data.edges;
  const others = index.data.edges.filter((e) => !edges.includes(e));
  const passages = index.data.edges.reduce((n, e) => n + e.passages.length, 0);
  return (
    <div className="intro">
      <p>
        {t.evidence.intro(index.data.sources.length, passages)}{' '}
        <span className="stance stance--qualifies">{t.evidence.stanceBadge.qualifies}</span>.
      </p>
      <h3 className="panel-subhead">
        {focal ? t.evidence.focalRelations(focal.label) : t.evidence.relations}
      </h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={focal?.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {others.length ? (
        <>
          <h3 className="panel-subhead">{t.evidence.otherTies}</h3>
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
