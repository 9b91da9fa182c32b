// The app shell: composes the features, owns the page-level keys and the load states.
import { useEffect, useState } from 'react';
import { Guarded, lazyRetry, setFailedPart } from '@/lib/guard';
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
import { LoadError, Loading, partFailed } from './shell/load-state';
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
const TourController = lazyRetry(() => withFeatureTexts(import('@/features/tour/tour-controller')));
// The printed handout, mounted now or at print time (handout-slot.tsx).
const HandoutSlot = lazyRetry(() => withFeatureTexts(import('./shell/handout-slot')));
// The editor (?edit) is a chunk of its own, never part of the first view.
const EditorPane = lazyRetry(() => withFeatureTexts(import('@/features/editor/editor-pane')));

setFailedPart(partFailed);

/** The app, inside the boundary that keeps any failure from blanking the page (lib/guard.tsx). */
export function App() {
  return (
    <Guarded bare>
      <Page />
    </Guarded>
  );
}

function Page() {
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
          <Guarded>
            <TourController index={graph.data} />
          </Guarded>
        ) : null}
        {embed ? null : <ReadingToolbar index={graph.data} />}
        {editing ? (
          <div className="edit-layout">
            <Guarded fallback={<Loading />}>
              <EditorPane />
            </Guarded>
            {workspace}
          </div>
        ) : (
          workspace
        )}
        {embed && parts ? <parts.EmbedBottom index={graph.data} /> : null}
        {idle && graph.data && !embed ? (
          <Guarded>
            <HandoutSlot index={graph.data} map={map} />
          </Guarded>
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
