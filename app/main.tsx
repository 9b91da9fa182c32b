import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useUi } from './store/store';
import { readLocation } from './store/use-url-sync';
import './styles/app.css';

readLocation();
// Before the first paint, so an embed is measured at its content height from the start.
document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
