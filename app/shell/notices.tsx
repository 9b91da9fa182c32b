import { useUi } from '@/store/store';

/** Polite, dismissible notices (for example about a link naming something not in the map). */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  return (
    <div className="notices" role="status">
      {notices.map((message) => (
        <p key={message} className="notice">
          <span>{message}</span>
          <button type="button" onClick={() => dismiss(message)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
