import type { PackageProblem } from '@/model/map-package';

function isUnder(where: string, prefix: string): boolean {
  return where === prefix || where.startsWith(prefix + ' ') || where.startsWith(prefix + '.');
}

/**
 * The build's data rules broken by one record, shown beside it: `prefix` is the record's path
 * ("map: edges[0]"), so its fields' problems (".summary") are listed with it; "" lists the
 * problems of no single record (no focal entity, no source at all).
 */
export function ProblemList({
  problems,
  prefix,
}: {
  problems: readonly PackageProblem[];
  prefix: string;
}) {
  const mine = problems.filter((p) =>
    prefix === '' ? !/^map: (sources|nodes|edges)\[/.test(p.where) : isUnder(p.where, prefix),
  );
  if (!mine.length) return null;
  return (
    <ul className="editor-problems">
      {mine.map((p) => (
        <li key={`${p.where}\n${p.message}`}>
          <code>
            {p.where
              .slice(prefix.length)
              .replace(/^ \([^)]*\)/, '')
              .replace(/^[.:]\s*/, '') || '—'}
          </code>{' '}
          {p.message}
        </li>
      ))}
    </ul>
  );
}
