// The app shell: composes the features, owns the page-level keys and the load states.
import { useEffect } from 'react';
import { EvidencePanel } from '@/features/evidence/evidence-panel';
import { Graph } from '@/features/graph/graph';
import { useGraph } from '@/model/graph-api';
import { useUi } from '@/store/store';
import { useUrlSync } from '@/store/use-url-sync';
import { LoadError, Loading } from './shell/load-state';
import { Notices } from './shell/notices';
import { PageHeader } from './shell/page-header';
import { useEscapeToClose } from './shell/use-escape-to-close';
import { useResolvedSelection } from './shell/use-resolved-selection';
import { useThemeAttribute } from './shell/use-theme';

export function App() {
  useUrlSync();
  useThemeAttribute();
  useEscapeToClose();
  const graph = useGraph();
  const embed = useUi((s) => s.embed);
  const resolved = useResolvedSelection(graph.data);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-embed', embed);
  }, [embed]);

  return (
    <div className="app">
      {embed ? null : <PageHeader />}
      <Notices />
      <main className="workspace">
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
            <Graph index={graph.data} />
            <EvidencePanel index={graph.data} resolved={resolved} />
          </>
        )}
      </main>
    </div>
  );
}
