// The tours in the interface language (see use-localized.ts). A file of its own: the tours are
// parsed with zod, which only the tour's chunk loads, never the first view.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toursQueryOptions } from '@/model/tour-api';
import type { ToursData } from '@/model/tour-schema';
import { useUi } from '@/store/store';
import { bundleFor } from './bundles';
import { localizeTours } from './localize';

/** The tours, with their titles and captions in the interface language. */
export function useTours() {
  const lang = useUi((s) => s.lang);
  const select = useCallback(
    (data: ToursData) => localizeTours(data, bundleFor(lang).data),
    [lang],
  );
  return useQuery({ ...toursQueryOptions(), select });
}
