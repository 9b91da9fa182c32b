import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { preferredLang } from './i18n/langs';
import { parseLangUrl } from './lib/lang-url';
import { parseUrl } from './lib/url-state';
import { loadEmbedParts } from './shell/embed-parts';
import { graphQueryOptions } from './model/graph-api';
import { useUi } from './store/store';
import { readLocation } from './store/use-url-sync';
import './styles/app.css';
import './styles/phone.css';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;
// The data starts loading at once (index.html preloads it).
const data = queryClient.prefetchQuery(graphQueryOptions());

// No top-level await: the language chunks import shared code from this one, which must finish
// evaluating first (awaiting them here would deadlock the module graph).
const search = window.location.search;
const lang = parseLangUrl(search).lang ?? preferredLang(navigator.languages);
if (container.dataset.prerendered === lang) void data.then(hydrate);
else void start();

function Root({ onHydrated }: { onHydrated?: () => void }) {
  // Runs once the prerendered markup is React's: only then does the view follow the URL.
  useEffect(() => onHydrated?.(), [onHydrated]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * The build prerendered the first view in this language (scripts/prerender-plugin.ts): the map
 * is already on screen. React adopts that markup as it is (the first render must equal it: no
 * selection, not embedded), then reads the URL — a selection fills the evidence panel, an embed
 * swaps its chrome in (boot.js has hidden the full view's). The theme is read first: it only sets
 * the header's menu, and boot.js has already applied it to the page.
 */
function hydrate() {
  if (!queryClient.getQueryData(graphQueryOptions().queryKey)) return start();
  const url = parseUrl(search).state;
  useUi.getState().setTheme(url.theme);
  if (url.embed) void loadEmbedParts();
  let done = false;
  const onHydrated = () => {
    if (done) return;
    done = true;
    // The prerendered page's own styles (app.css) end once the view follows the URL.
    void readLocation().then(() =>
      requestAnimationFrame(() => container.removeAttribute('data-prerendered')),
    );
  };
  // As a transition, React hydrates in slices of a few milliseconds, yielding in between, rather
  // than in one long task that would keep a slow phone from answering a tap.
  startTransition(() => void hydrateRoot(container, <Root onHydrated={onHydrated} />));
}

/**
 * No prerendered markup for this language (or no data for it): render from scratch, as before.
 * The first render waits for the interface language (a Kazakh or Russian link loads its
 * catalogue first, so no English flashes) and, for up to 3 s, for the data: then the header, the
 * toolbar and the map are painted together. A slower load shows the loading state.
 */
function start() {
  void Promise.all([
    // An embed's bar, credit line and host messages are a chunk of their own, loaded with
    // everything else before the first render.
    readLocation().then(() => (useUi.getState().embed ? loadEmbedParts() : null)),
    Promise.race([data, new Promise((wait) => setTimeout(wait, 3000))]),
  ]).then(() => {
    // Before the first paint, so an embed is measured at its content height from the start.
    document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);
    container.removeAttribute('data-prerendered');
    container.replaceChildren();
    startTransition(() => createRoot(container).render(<Root />));
  });
}
