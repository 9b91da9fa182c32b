// The curated data in the interface language. The model loads, parses and indexes the data and
// knows no language; here our own words (names, summaries, captions) and the relation labels
// are put in the reader's language, as react-query's select, so the fetched data stays cached
// once whatever the language.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { buildIndex, type GraphIndex } from '@/model/graph-index';
import { graphQueryOptions } from '@/model/graph-api';
import type { GraphData } from '@/model/schema';
import { toursQueryOptions } from '@/model/tour-api';
import type { ToursData } from '@/model/tour-schema';
import { useUi } from '@/store/store';
import { bundleFor } from './bundles';
import { localizeGraph, localizeTours } from './localize';

/** The graph, indexed, with our own words in the interface language. */
export function useGraph() {
  const lang = useUi((s) => s.lang);
  const select = useCallback(
    (data: GraphData): GraphIndex => {
      const { ui, data: words } = bundleFor(lang);
      return buildIndex(localizeGraph(data, words), ui.relation);
    },
    [lang],
  );
  return useQuery({ ...graphQueryOptions(), select });
}

/** The tours, with their titles and captions in the interface language. */
export function useTours() {
  const lang = useUi((s) => s.lang);
  const select = useCallback(
    (data: ToursData) => localizeTours(data, bundleFor(lang).data),
    [lang],
  );
  return useQuery({ ...toursQueryOptions(), select });
}
