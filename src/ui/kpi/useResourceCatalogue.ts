import { useEffect, useState } from 'react';
import { catalogueFromOperations, type CatalogueResource } from '../../protocol/kpi/resourceCatalogue';

/** Bundled operations models as lazily fetched asset URLs (`models/operations/<hospital id>.operations.json`). */
const operationsUrls = import.meta.glob<string>('/models/operations/*.operations.json', { query: '?url', import: 'default' });

const cache = new Map<string, Promise<CatalogueResource[]>>();

async function fetchCatalogue(hospitalId: string): Promise<CatalogueResource[]> {
  const resolve = operationsUrls[`/models/operations/${hospitalId}.operations.json`];
  if (!resolve) return [];
  try {
    const response = await fetch(await resolve());
    return response.ok ? catalogueFromOperations(await response.json()) : [];
  } catch {
    return []; // tiles that need pool kinds are then left out; the run itself reports load problems
  }
}

/** The resource pools of the hospital's operations model (empty until fetched, or when there is none). */
export function useResourceCatalogue(hospitalId: string | null): CatalogueResource[] {
  const [state, setState] = useState<{ id: string | null; resources: CatalogueResource[] }>({ id: null, resources: [] });
  useEffect(() => {
    if (!hospitalId) return;
    let live = true;
    let pending = cache.get(hospitalId);
    if (!pending) {
      pending = fetchCatalogue(hospitalId);
      cache.set(hospitalId, pending);
    }
    void pending.then((resources) => {
      if (live) setState({ id: hospitalId, resources });
    });
    return () => { live = false; };
  }, [hospitalId]);
  return state.id === hospitalId ? state.resources : [];
}
