import { useEffect, useReducer } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import type { Catalogue } from '@/i18n/en';
import { messageText, type Notice } from '@/i18n/message';
import { useUi } from '@/store/store';

/**
 * Polite, dismissible notices (for example about a link naming something not in the map). Their
 * English texts are not in the first view's script (most links are well formed): the first
 * notice loads them (en-more.ts) and shows once they are here.
 */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismissNotice);
  const t = useT();
  const texts = (t as Partial<Catalogue>).notice;
  const [, joined] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (notices.length && !texts) void withFeatureTexts(Promise.resolve()).then(joined);
  }, [notices.length, texts]);
  return (
    <div className="notices" role="status">
      {(texts ? notices : []).map((notice) => (
        <p key={noticeKey(notice)} className="notice">
          <span>{messageText(texts!, notice)}</span>
          <button type="button" onClick={() => dismiss(notice)} aria-label={t.shell.dismissNotice}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}

const noticeKey = (n: Notice) => `${n.key}:${JSON.stringify(n.args ?? [])}`;
