// The app shell: composes the features, owns the page-level keys and the load states.
import { lazy, Suspense, useEffect, useState } from 'react';
import { EmbedBar } from '@/features/embed/embed-bar';
import { EvidencePanel } from '@/features/evidence/evidence-panel';
import { Graph } from '@/features/graph/graph';
import { withFeatureTexts } from '@/i18n/bundles';
import { useGraph } from '@/i18n/use-localized';
import type { GraphPort } from '@/lib/graph-port';
import { useFirstView } from '@/lib/use-first-view';
import { useUi } from '@/store/store';
import { useUrlSync } from '@/store/use-url-sync';
import { embedParts, loadEmbedParts } from './shell/embed-parts';
import { GraphPortContext } from './shell/graph-port-context';
import { LoadError, Loading } from './shell/load-state';
import { Notices } from './shell/notices';
import { PageHeader } from './shell/page-header';
import { SkipLink } from './shell/skip-link';
import { ReadingLayers } from './shell/reading-layers';
import { ReadingToolbar } from './shell/reading-toolbar';
import { useEscapeToClose } from './shell/use-escape-to-close';
import { useResolvedSelection } from './shell/use-resolved-selection';
import { useLangAttribute } from './shell/use-lang';
import { useThemeAttribute } from './shell/use-theme';
import { useWhenIdle } from './shell/use-when-idle';

// Classroom features load on demand, so the first view's script does not grow.
const TourController = lazy(() => withFeatureTexts(import('@/features/tour/tour-controller')));
// The printed handout, mounted now or at print time (handout-slot.tsx).
const HandoutSlot = lazy(() => withFeatureTexts(import('./shell/handout-slot')));
// The editor (?edit) is a chunk of its own, never part of the first view.
const EditorPane = lazy(() => withFeatureTexts(import('@/features/editor/editor-pane')));

export function App() {
  useUrlSync();
  useThemeAttribute();
  useLangAttribute();
  // The map's port: what the shell hands on to export, the handout and Escape.
  const [map, setMap] = useState<GraphPort | null>(null);
  useEscapeToClose(map);
  const touring = useUi((s) => s.tour !== null || s.presenting);
  const idle = useWhenIdle();
  const graph = useGraph();
  const embed = useUi((s) => s.embed);
  const parts = useEmbedChunk(embed);
  // The prerendered markup carries the embed's bar as well as the full view's header (CSS shows
  // the one boot.js chose), so an embed has its bar before any script of the app runs.
  const prerendered = useFirstView(() => false, true);
  const resolved = useResolvedSelection(graph.data);
  const tableOpen = useUi((s) => s.tableOpen);
  const sourceOpen = useUi((s) => s.sourceOpen !== null);
  const layers = graph.data !== undefined;
  const editing = useUi((s) => s.editing);

  // The store's value, not the rendered one: hydrating renders the initial state (not embedded,
  // as prerendered) while the store already holds the URL's, which boot.js has put on the page.
  useEffect(() => {
    document.documentElement.toggleAttribute('data-embed', useUi.getState().embed);
  }, [embed]);

  // What covers the map is state React holds, so React states it here, and table.css and
  // sources.css read these attributes. They used to rediscover it with
  // .workspace:has(> .table-view), which WebKit does not re-evaluate when that child comes
  // or goes: the map stayed hidden after the table or source view closed.
  const workspace = (
    <main
      className="workspace"
      data-table-open={layers && tableOpen ? '' : undefined}
      data-source-open={layers && sourceOpen ? '' : undefined}
    >
      {graph.isPending ? (
        <Loading />
      ) : graph.isError ? (
        <LoadError
          error={graph.error}
          retry={() => void graph.refetch()}
          retrying={graph.isFetching}
        />
      ) : (
        <>
          {/* A draft that gains or loses an entity is laid out and fitted afresh. */}
          <Graph
            key={editing ? graph.data.data.nodes.length : undefined}
            index={graph.data}
            onPort={setMap}
          />
          <EvidencePanel index={graph.data} resolved={resolved} />
          <ReadingLayers index={graph.data} />
        </>
      )}
    </main>
  );

  return (
    <GraphPortContext.Provider value={map}>
      <div className="app">
        <SkipLink />
        {embed || prerendered ? <EmbedBar /> : null}
        {embed ? null : <PageHeader />}
        {parts ? <parts.EmbedMessages /> : null}
        <Notices />
        {touring && graph.data ? (
          <Suspense fallback={null}>
            <TourController index={graph.data} />
          </Suspense>
        ) : null}
        {embed ? null : <ReadingToolbar index={graph.data} />}
        {editing ? (
          <div className="edit-layout">
            <Suspense fallback={<Loading />}>
              <EditorPane />
            </Suspense>
            {workspace}
          </div>
        ) : (
          workspace
        )}
        {embed && parts ? <parts.EmbedBottom index={graph.data} /> : null}
        {idle && graph.data && !embed ? (
          <Suspense fallback={null}>
            <HandoutSlot index={graph.data} map={map} />
          </Suspense>
        ) : null}
      </div>
    </GraphPortContext.Provider>
  );
}

/** The embed's chunk: normally loaded before the first render (main.tsx), else now. */
function useEmbedChunk(embed: boolean) {
  const [parts, setParts] = useState(embedParts);
  useEffect(() => {
    if (embed && !parts) void loadEmbedParts().then(() => setParts(embedParts));
  }, [embed, parts]);
  return embed ? parts : null;
}
