import { withFeatureTexts } from '@/i18n/bundles';
import { Guarded, lazyRetry } from '@/lib/guard';
import { useUi } from '@/store/store';

const NoticeList = lazyRetry(() => withFeatureTexts(import('./notice-list')));

/**
 * Polite, dismissible notices (for example about a link naming something not in the map). The
 * live region is here from the start, so a screen reader announces what joins it; the notices
 * and their English texts are a chunk loaded with the first one (notice-list.tsx).
 */
export function Notices() {
  const any = useUi((s) => s.notices.length > 0);
  return (
    <div className="notices" role="status">
      {any ? (
        <Guarded>
          <NoticeList />
        </Guarded>
      ) : null}
    </div>
  );
}
