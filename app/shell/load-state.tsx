import { ErrorDetails } from '@/lib/error-details';
import { useT } from '@/i18n/catalogue';
import { messageText } from '@/i18n/message';
import { DataError, problemOf } from '@/model/graph-api';

export function Loading() {
  const t = useT();
  return (
    <div className="load-state" role="status">
      <div className="load-spinner" aria-hidden="true" />
      <p>{t.shell.loading}</p>
    </div>
  );
}

export function LoadError({
  error,
  retry,
  retrying,
}: {
  /** What kept the map from showing; none for a part of the page (a lazy chunk) that failed. */
  error?: Error;
  retry: () => void;
  retrying?: boolean;
}) {
  const t = useT();
  const details = error instanceof DataError ? error.details : [];
  return (
    <div className="load-state load-state--error" role="alert">
      {error ? <h2>{t.shell.loadFailed}</h2> : null}
      <p>{messageText(t.error, problemOf(error))}</p>
      <ErrorDetails details={details} />
      <button type="button" className="button-primary" onClick={retry} disabled={retrying}>
        {retrying ? t.shell.tryingAgain : t.shell.tryAgain}
      </button>
    </div>
  );
}

/** What a part of the page that failed to load or render shows in its place (lib/guard.tsx). */
export const partFailed = (retry: () => void) => <LoadError retry={retry} />;
