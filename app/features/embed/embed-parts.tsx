// What only an embed needs once the app runs — its credit line and its messages to the host
// page — as one chunk of its own: the full view never downloads it. main.tsx loads it before an
// embed's first render, so an embed reports its final height from the start. (The embed's bar
// is in the first view: it is prerendered, so that nothing moves when the app takes over.)
import type { GraphIndex } from '@/model/graph-index';
import { EmbedCredit } from './embed-credit';
import { useEmbedMessages } from './use-embed-messages';

export function EmbedMessages() {
  useEmbedMessages(true);
  return null;
}

export function EmbedBottom({ index }: { index: GraphIndex | undefined }) {
  return index ? <EmbedCredit index={index} /> : null;
}
