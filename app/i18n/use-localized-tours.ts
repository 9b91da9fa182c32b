// The guided tours in the interface language, as use-localized.ts does for the graph. Apart from
// it because only the tour's own chunk needs it: the tours' query and zod schema stay out of the
// first view's script.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toursQueryOptions } from '@/model/tour-api';
import type { ToursData } from '@/model/tour-schema';
import { useUi } from '@/store/store';
import { bundleFor } from './bundles';
import { translator } from './localize';

/** The tours, with their titles and captions in the interface language. */
export function useTours() {
  const lang = useUi((s) => s.lang);
  const select = useCallback(
    (data: ToursData) => localizeTours(data, bundleFor(lang).data),
    [lang],
  );
  return useQuery({ ...toursQueryOptions(), select });
}

/** The tours' titles, descriptions and steps in the translations' language (here, not in localize.ts, so the first view does not carry it). */
export function localizeTours(tours: ToursData, tr: Readonly<Record<string, string>>): ToursData {
  if (!Object.keys(tr).length) return tours;
  const t = translator(tr);
  return {
    ...tours,
    tours: tours.tours.map((tour) => ({
      ...tour,
      title: t(tour.title),
      description: t(tour.description),
      steps: tour.steps.map((s) => ({
        ...s,
        title: t(s.title),
        caption: s.caption ? t(s.caption) : s.caption,
      })),
    })),
  };
}
