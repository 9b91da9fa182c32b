import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadEmbedParts } from './shell/embed-parts';
import { graphQueryOptions } from './model/graph-api';
import { useUi } from './store/store';
import { readLocation } from './store/use-url-sync';
import './styles/app.css';
import './styles/phone.css';

const queryClient = new QueryClient();
// The data starts loading at once. The first render waits for the interface language (a Kazakh
// or Russian link loads its catalogue first, so no English flashes) and, for up to 3 s, for the
// data: then the header, the toolbar and the map are painted together, and the toolbar (which
// needs the data) does not push the map down after it has been drawn. A slower load shows the
// loading state as before.
//
// No top-level await: the language chunks import shared code from this one, which must finish
// evaluating first (awaiting them here would deadlock the module graph).
// Reading the link sets the store at once (the language loads after), so `?edit` and `?data=`
// are known here: another map than the shipped one is loaded by the editor's chunk, which
// points the graph query at it; the first view of the shipped map carries none of it.
const reading = readLocation();
const { editing, packageUrl } = useUi.getState();
const data =
  editing || packageUrl
    ? import('./features/editor/boot')
        .then((m) => m.boot(queryClient, editing, packageUrl))
        .catch(() => undefined)
    : queryClient.prefetchQuery(graphQueryOptions());
void Promise.all([
  // An embed's bar, credit line and host messages are a chunk of their own, loaded with
  // everything else before the first render.
  reading.then(() => (useUi.getState().embed ? loadEmbedParts() : null)),
  Promise.race([data, new Promise((wait) => setTimeout(wait, 3000))]),
]).then(render);

function render() {
  // Before the first paint, so an embed is measured at its content height from the start.
  document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);
  // As a transition, React renders the first view in slices of a few milliseconds, yielding in
  // between, rather than in one long task that would keep a slow phone from answering a tap.
  startTransition(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
