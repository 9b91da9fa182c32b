import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { preferredLang } from './i18n/langs';
import { replayEarlyInput, takeEarlyInput } from './shell/early-input';
import { loadEmbedParts } from './shell/embed-parts';
import { CHUNK_TIMEOUT_MS, within } from './lib/guard';
import { graphQueryOptions, isBuildData, setGraphSource } from './model/graph-api';
import { useUi } from './store/store';
import { parseUrl } from './store/url-codec';
import { readLocation } from './store/use-url-sync';
import './styles/app.css';
import './styles/phone.css';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;
// The data starts loading at once (index.html preloads the shipped graph).

// No top-level await: the language chunks import shared code from this one, which must finish
// evaluating first (awaiting them here would deadlock the module graph).
// Reading the link sets the store at once (the language loads after), so `?edit` and `?data=`
// are known here: another map than the shipped one is loaded by the editor's chunk, which
// points the graph query at it; the first view of the shipped map carries none of it.
const reading = readLocation();
const { editing, packageUrl } = useUi.getState();
// Until that chunk has set where the graph comes from, the graph waits for it (never the shipped
// map in a package's place); a chunk that fails or stalls fails the load, with Try again.
if (editing || packageUrl)
  setGraphSource(async () => {
    const { boot } = await within(import('./features/editor/boot'), CHUNK_TIMEOUT_MS);
    const load = await boot(queryClient, editing, packageUrl);
    setGraphSource(load);
    return load();
  });
const data = queryClient.prefetchQuery(graphQueryOptions());
const lang = parseUrl(window.location.search).state.lang ?? preferredLang(navigator.languages);
// The build drew the SVG painter; a link that asks for the canvas (for testing) is not that markup.
const canvasAsked = new URLSearchParams(window.location.search).get('painter') === 'canvas';
if (container.dataset.prerendered === lang && !editing && !packageUrl && !canvasAsked)
  void data.then(hydrate);
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
 * is already on screen. The store follows the URL at once, but hydration renders the store's
 * initial state (zustand hands React its initial state as the server snapshot), which is what
 * the build rendered: no selection, no theme chosen, not embedded. React adopts the markup, then
 * re-renders to the URL's view straight away — a selection fills the evidence panel, an embed
 * swaps its chrome in (boot.js has already applied the theme and hidden the full view's chrome).
 */
function hydrate() {
  // Other data than the build's (a failed load, a file served in its place) is not what the
  // markup shows: render that from scratch.
  if (!isBuildData(queryClient.getQueryData(graphQueryOptions().queryKey))) return start();
  if (useUi.getState().embed) void loadEmbedParts();
  const early = takeEarlyInput();
  let done = false;
  const onHydrated = () => {
    if (done) return;
    done = true;
    // The prerendered page's own styles (app.css) end here. React re-renders to the URL's view
    // in this same task (the store's value differs from the snapshot hydration used), so no
    // frame shows one without the other. (Not in an animation frame: Chrome runs none in an
    // off-screen cross-origin iframe, and an embed below the fold would keep the styles.)
    container.removeAttribute('data-prerendered');
    // After React's re-render to the URL's view, so a reader's early choice comes last.
    if (early.length) setTimeout(() => replayEarlyInput(early));
  };
  // As a transition, React hydrates in slices of a few milliseconds, yielding in between, rather
  // than in one long task that would keep a slow phone from answering a tap.
  startTransition(() => void hydrateRoot(container, <Root onHydrated={onHydrated} />));
}

/**
 * No prerendered markup for this language or this data (another map, the editor, a failed load):
 * render from scratch, as before.
 * The first render waits for the interface language (a Kazakh or Russian link loads its
 * catalogue first, so no English flashes) and, for up to 3 s, for the data: then the header, the
 * toolbar and the map are painted together. A slower load shows the loading state.
 */
function start() {
  // What was clicked in the prerendered markup is not what will be drawn.
  takeEarlyInput();
  void Promise.all([
    // An embed's bar, credit line and host messages are a chunk of their own, loaded with
    // everything else before the first render.
    reading.then(() => (useUi.getState().embed ? loadEmbedParts() : null)),
    Promise.race([data, new Promise((wait) => setTimeout(wait, 3000))]),
  ]).then(() => {
    // Before the first paint, so an embed is measured at its content height from the start.
    document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);
    container.removeAttribute('data-prerendered');
    container.replaceChildren();
    startTransition(() => createRoot(container).render(<Root />));
  });
}
