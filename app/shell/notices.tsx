import { useT } from '@/i18n/catalogue';
import { messageText, type Notice } from '@/i18n/message';
import { useUi } from '@/store/store';

/** Polite, dismissible notices (for example about a link naming something not in the map). */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  const t = useT();
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={noticeKey(notice)} className="notice">
          <span>{messageText(t.notice, notice)}</span>
          <button type="button" onClick={() => dismiss(notice)} aria-label={t.shell.dismissNotice}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}

const noticeKey = (n: Notice) => `${n.key}:${JSON.stringify(n.args ?? [])}`;
