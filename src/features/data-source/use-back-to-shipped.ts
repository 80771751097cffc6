import { useLocation, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQueryKey, LOCAL_DATA_PARAM } from '../../data/load';
import { forgetLocalDataset } from '../../data/local-dataset';
import { withoutDataParam } from './lib/data-source';

/** Where "Back to the shipped data" goes (same view, same settings, no `data`), and what it forgets. */
export function useBackToShipped() {
  const location = useLocation();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const search = withoutDataParam(params).toString();
  return {
    to: { pathname: location.pathname, search: search ? `?${search}` : '' },
    /** A local file is forgotten when the reader leaves it: it is theirs, and nothing should linger. */
    onClick: () => {
      if (params.get('data') !== LOCAL_DATA_PARAM) return;
      void forgetLocalDataset().then(() => queryClient.removeQueries({ queryKey: datasetQueryKey({ kind: 'file' }) }));
    },
  };
}
