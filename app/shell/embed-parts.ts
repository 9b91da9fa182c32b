// The embed's own chunk, loaded once and then read synchronously by the shell (see
// features/embed/embed-parts.tsx). Outside an embed it is never requested.
import { withFeatureTexts } from '@/i18n/bundles';

type EmbedParts = typeof import('@/features/embed/embed-parts');

let parts: EmbedParts | null = null;
let loading: Promise<EmbedParts> | null = null;

export function loadEmbedParts(): Promise<EmbedParts> {
  loading ??= withFeatureTexts(import('@/features/embed/embed-parts')).then((m) => (parts = m));
  return loading;
}

/** The loaded chunk, or null while it is still on its way. */
export const embedParts = (): EmbedParts | null => parts;
