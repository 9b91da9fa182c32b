// Notices and load errors are stored as keys with arguments, not as text, so a message raised
// before the interface language is known (while the URL is read) shows in the language
// chosen later, and switching language re-renders it.
import type { Catalogue } from './en';

type Texts = Record<string, (...args: never[]) => string>;

export type MessageOf<S extends Texts> = {
  [K in keyof S]: Parameters<S[K]> extends []
    ? { key: K; args?: [] }
    : { key: K; args: Parameters<S[K]> };
}[keyof S];

/** A polite notice about the link or the data (shown in the notices strip). */
export type Notice = MessageOf<Catalogue['notice']>;
/** Why the map or the tours could not be loaded (shown in the error state). */
export type Problem = MessageOf<Catalogue['error']>;

export function messageText<S extends Texts>(texts: S, message: MessageOf<S>): string {
  const text = texts[message.key] as unknown as (...args: unknown[]) => string;
  return text(...((message.args as unknown[] | undefined) ?? []));
}

export function sameMessage(a: { key: unknown; args?: unknown }, b: typeof a): boolean {
  return a.key === b.key && JSON.stringify(a.args ?? []) === JSON.stringify(b.args ?? []);
}
