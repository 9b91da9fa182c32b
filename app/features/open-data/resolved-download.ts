// Linked-data files built without the site's address (SITE_URL) carry IRIs relative to
// themselves; once saved to disk they would resolve against nothing. So the menu resolves
// them against the address the page is served from as the reader downloads them
// (app/lib/open-data/site-url.ts), and saves that copy. Files built with SITE_URL are already
// absolute and come out unchanged. If the fetch fails, the plain link's download goes ahead.
import { DATASET_FILE } from '@/lib/open-data/files';
import { absolutise } from '@/lib/open-data/site-url';

/** The files whose IRIs are resolved before saving. */
export const RESOLVED = new Set(['annotations.jsonld', DATASET_FILE]);

export async function downloadResolved(link: HTMLAnchorElement, name: string): Promise<void> {
  const fileUrl = link.href;
  try {
    const response = await fetch(fileUrl);
    if (!response.ok) throw new Error(String(response.status));
    const doc = absolutise(await response.json(), fileUrl);
    const blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/ld+json' });
    save(URL.createObjectURL(blob), name, true);
  } catch {
    save(fileUrl, name, false);
  }
}

function save(href: string, name: string, revoke: boolean) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Later: the download starts asynchronously from the click.
  if (revoke) setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
