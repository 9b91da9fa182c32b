import { ErrorDetails } from '@/lib/error-details';
import { useT } from '@/i18n/catalogue';
import { messageText } from '@/i18n/message';
import { DataError, problemOf } from '@/model/graph-api';

export function Loading() {
  return (
    <div className="load-state" role="status">
      <div className="load-spinner" aria-hidden="true" />
      <p>Loading the map…</p>
    </div>
  );
}

export function LoadError({
  error,
  retry,
  retrying,
}: {
  error: Error;
  retry: () => void;
  retrying: boolean;
}) {
  const t = useT();
  const details = error instanceof DataError ? error.details : [];
  return (
    <div className="load-state load-state--error" role="alert">
      <h2>The map could not be shown</h2>
      <p>{messageText(t.error, problemOf(error))}</p>
      <ErrorDetails details={details} />
      <button type="button" className="button-primary" onClick={retry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
