// Which map package a link may open (`?data=<URL>`, a contract extension, docs/editor.md):
// only one on this very site. Another origin, or a scheme other than http/https,
// is refused, so a link cannot make the app load, or vouch for, someone else's file.

export interface PackageUrl {
  /** The package to open, resolved against the page; null without one or when refused. */
  url: URL | null;
  /** A package was named but it is on another site, or not a URL at all. */
  refused: boolean;
}

export function resolvePackageUrl(raw: string | null, page: string): PackageUrl {
  if (!raw) return { url: null, refused: false };
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    return { url: null, refused: true };
  }
  const sameSite = url.origin === new URL(page).origin && /^https?:$/.test(url.protocol);
  return sameSite ? { url, refused: false } : { url: null, refused: true };
}
