// The notices themselves, a chunk of their own: most links are well formed and raise none, so
// the first view carries only their live region (notices.tsx). Their English texts come with
// this chunk (en-more.ts).
import { useT } from '@/i18n/catalogue';
import type { Catalogue } from '@/i18n/en';
import { messageText, type Notice } from '@/i18n/message';
import { useUi } from '@/store/store';

export default function NoticeList() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  const t = useT() as Catalogue;
  return notices.map((notice) => (
    <p key={noticeKey(notice)} className="notice">
      <span>{messageText(t.notice, notice)}</span>
      <button type="button" onClick={() => dismiss(notice)} aria-label={t.shell.dismissNotice}>
        ×
      </button>
    </p>
  ));
}

const noticeKey = (n: Notice) => `${n.key}:${JSON.stringify(n.args ?? [])}`;
