import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { graphQueryOptions } from './model/graph-api';
import { useUi } from './store/store';
import { readLocation } from './store/use-url-sync';
import './styles/app.css';

const queryClient = new QueryClient();
// The data starts loading at once; the first render waits only for the interface language
// (a Kazakh or Russian link loads its catalogue first, so no English flashes).
void queryClient.prefetchQuery(graphQueryOptions());
await readLocation();
// Before the first paint, so an embed is measured at its content height from the start.
document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
