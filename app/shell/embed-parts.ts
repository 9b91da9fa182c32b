// The embed's own chunk, loaded once and then read synchronously by the shell (see
// features/embed/embed-parts.tsx). Outside an embed it is never requested.
import { withFeatureTexts } from '@/i18n/bundles';
import { loadOnce } from '@/lib/guard';

type EmbedParts = typeof import('@/features/embed/embed-parts');

let parts: EmbedParts | null = null;
export const loadEmbedParts: () => Promise<EmbedParts> = loadOnce(() =>
  withFeatureTexts(import('@/features/embed/embed-parts')).then((m) => (parts = m)),
);

/** The loaded chunk, or null while it is still on its way. */
export const embedParts = (): EmbedParts | null => parts;
