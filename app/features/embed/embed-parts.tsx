// What only an embed needs — its bar, its credit line and its messages to the host page — as
// one chunk of its own: the full view never downloads it (about 1 kB gzip off every first
// view). main.tsx loads it before an embed's first render, so an embed paints whole at once
// and reports its final height from the start.
import type { GraphIndex } from '@/model/graph-index';
import { EmbedBar } from './embed-bar';
import { EmbedCredit } from './embed-credit';
import { useEmbedMessages } from './use-embed-messages';

export function EmbedTop() {
  useEmbedMessages(true);
  return <EmbedBar />;
}

export function EmbedBottom({ index }: { index: GraphIndex | undefined }) {
  return index ? <EmbedCredit index={index} /> : null;
}
