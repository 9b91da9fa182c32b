// The editor (?edit): beside the map, which shows the draft through the same data path as the
// shipped map. Sources, evidence by selection, the relations with their problems inline.
import { useMemo, useState } from 'react';
import { checkPackage } from '@/model/package-graph';
import { useDraft } from './draft-store';
import { EditorToolbar } from './editor-toolbar';
import { EvidenceForm, type Pending } from './evidence-form';
import { ProblemList } from './problem-list';
import { RelationsList } from './relations-list';
import { SourceCard } from './source-card';
import { SourceForm } from './source-form';
import { useDraftFeed } from './use-draft-feed';
import { useEditorTexts } from './use-editor-texts';
import { useUndoKeys } from './use-undo-keys';
import './editor.css';

function StartSteps() {
  const t = useEditorTexts();
  return (
    <div className="editor-start">
      <h3>{t.startHeading}</h3>
      <ol>
        {t.startSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

export default function EditorPane() {
  const t = useEditorTexts();
  const pkg = useDraft((s) => s.history.present);
  const [pending, setPending] = useState<Pending | null>(null);
  const problems = useMemo(() => checkPackage(pkg), [pkg]);
  // A draft with nothing in it yet breaks the rules only because it is new: show the way in.
  const empty = !pkg.sources.length && !pkg.nodes.length && !pkg.edges.length;
  useDraftFeed();
  useUndoKeys();

  return (
    <section className="editor-pane" aria-labelledby="editor-heading">
      <h2 id="editor-heading" aria-label={t.region}>
        {t.heading}
      </h2>
      <p className="editor-hint">{t.intro}</p>
      <EditorToolbar problems={problems} />
      {empty ? (
        <StartSteps />
      ) : (
        <>
          <p className="editor-status" data-ok={problems.length ? undefined : ''}>
            {problems.length ? t.problems(problems.length) : t.noProblems}
          </p>
          <ProblemList problems={problems} prefix="" />
        </>
      )}
      <h3>{t.sources}</h3>
      {pkg.sources.map((s, i) => (
        <SourceCard
          key={s.id}
          source={s}
          index={i}
          problems={problems}
          onUse={(span) => setPending({ source: s.id, span })}
        />
      ))}
      {pending ? (
        <EvidenceForm
          key={`${pending.source}:${pending.span.start}:${pending.span.end}`}
          pkg={pkg}
          pending={pending}
          onDone={() => setPending(null)}
        />
      ) : null}
      <RelationsList pkg={pkg} problems={problems} />
      <SourceForm />
    </section>
  );
}
