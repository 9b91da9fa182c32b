// The catalogues and how they load. English ships in the first view's script (en.ts: only what
// the first view shows; en-more.ts, the rest, loads with the parts that show it); Kazakh and
// Russian are separate chunks, loaded before they are first shown (main.tsx awaits the one the
// link or browser asks for; the language menu awaits the one chosen), so no English flashes.
// Knows nothing of the store: the store's chooseLang action loads through here, and useT
// (catalogue.ts) reads the store's language.
import { en, type Catalogue } from './en';
import { loadOnce } from '@/lib/guard';
import { joinEnglish } from './join-english';
import type { LangBundle } from './lang-bundle';
import type { Lang } from './langs';

// English is whole once en-more.ts (the on-demand parts' texts) has joined it; every on-demand
// part that shows them is imported through withFeatureTexts, so it never renders without them.
// (`?.`: outside Vite — Playwright loading english.ts for the end-to-end tests — there is no env.)
const english = (import.meta.env?.SSR ? firstViewOnly(en) : { ...en }) as Catalogue;

/**
 * On the server (the build's prerendering, unit tests), reading a text that en.ts lacks before
 * en-more.ts has joined it throws, rather than leaving a hole in the prerendered first view: a
 * first-view part must find its texts in en.ts. (Client builds drop this code.)
 */
function firstViewOnly(first: typeof en): typeof en {
  const strict: Record<string, object> = {};
  for (const [section, texts] of Object.entries(first)) {
    strict[section] = new Proxy(texts, {
      get(target, key) {
        if (typeof key === 'string' && !(key in target))
          throw new Error(
            `${section}.${key} is read before en-more.ts has loaded: the first view's texts belong in en.ts`,
          );
        return Reflect.get(target, key);
      },
    });
  }
  return strict as typeof en;
}
const loaded: Partial<Record<Lang, LangBundle>> = {
  en: { ui: english, data: {}, localize: (graph) => graph },
};
const loadEnglishMore = loadOnce(() =>
  import('./en-more').then((m) => void Object.assign(english, joinEnglish(english, m.enMore))),
);

/** Imports an on-demand feature together with its English texts. */
export async function withFeatureTexts<T>(feature: Promise<T>): Promise<T> {
  const [module] = await Promise.all([feature, loadEnglishMore()]);
  return module;
}

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<LangBundle>> = {
  kk: () => import('./kk').then((m) => m.kkCatalogue),
  ru: () => import('./ru').then((m) => m.ruCatalogue),
};

/** Resolves once `lang` can be shown; if its chunk cannot load, resolves false (stay put). */
export async function loadLang(lang: Lang): Promise<boolean> {
  if (loaded[lang]) return true;
  if (lang === 'en') return true;
  try {
    loaded[lang] = await loaders[lang]();
    return true;
  } catch {
    return false;
  }
}

export function bundleFor(lang: Lang): LangBundle {
  return loaded[lang] ?? (loaded.en as LangBundle);
}
