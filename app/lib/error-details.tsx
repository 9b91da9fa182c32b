/** The problems behind a data error (file, record and field), as plain text, never markup. */
export function ErrorDetails({ details }: { details: readonly string[] }) {
  if (!details.length) return null;
  return (
    <ul className="error-details">
      {details.map((d) => (
        <li key={d}>
          <code>{d}</code>
        </li>
      ))}
    </ul>
  );
}
