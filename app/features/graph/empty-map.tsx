// What the map shows while it has no entity yet (a new draft in the editor). A chunk of its own
// (graph.tsx), with its English text from en-more.ts: the first view never shows it.
import { useT } from '@/i18n/catalogue';

export default function EmptyMap() {
  const t = useT();
  return (
    <section className="graph graph--empty" aria-label={t.graph.region}>
      <p>{t.graph.empty}</p>
    </section>
  );
}
