// The first view, rendered at build time (scripts/prerender-plugin.ts runs this in Node through
// Vite's module runner and writes the markup into dist/index.html; main.tsx then hydrates it).
// It renders exactly what the client's first render shows before it reads the URL: the shipped
// graph, nothing selected, no theme chosen, not embedded, in the given language.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import shippedLayout from 'virtual:shipped-layout';
import { App } from './app';
import { firstFramesCss } from './features/graph/svg/first-frames';
import { createLayout } from './features/graph/engine/layout';
import { shippedPositions } from './features/graph/engine/shipped-layout';
import type { Lang } from './i18n/langs';
import { graphQueryOptions } from './model/graph-api';
import type { GraphData } from './model/schema';
import { useUi } from './store/store';

export async function renderFirstView(data: GraphData, lang: Lang): Promise<string> {
  await useUi.getState().chooseLang(lang, false);
  const queryClient = new QueryClient();
  queryClient.setQueryData(graphQueryOptions().queryKey, data);
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

/** The first view's frames per width (first-frames.ts), for the map the build prerenders. */
export function firstFrameStyles(data: GraphData): string {
  const { nodes, edges } = data;
  const positions = shippedPositions(nodes, edges, shippedLayout);
  return positions ? firstFramesCss(createLayout(nodes, edges, positions)) : '';
}
