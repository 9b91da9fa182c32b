// The curated graph in the interface language. The model loads, parses and indexes the data and
// knows no language; here our own words (names, summaries, notes) and the relation labels are
// put in the reader's language, as react-query's select, so the fetched data is cached once
// whatever the language. The tours: use-localized-tours.ts, loaded with the tour, so the first
// view carries neither their query nor their schema.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { buildIndex, type GraphIndex } from '@/model/graph-index';
import { graphQueryOptions } from '@/model/graph-api';
import type { GraphData } from '@/model/schema';
import { useUi } from '@/store/store';
import { bundleFor } from './bundles';

/** The graph, indexed, with our own words in the interface language. */
export function useGraph() {
  const lang = useUi((s) => s.lang);
  const select = useCallback(
    (data: GraphData): GraphIndex => {
      return buildIndex(bundleFor(lang).localize(data));
    },
    [lang],
  );
  return useQuery({ ...graphQueryOptions(), select });
}
