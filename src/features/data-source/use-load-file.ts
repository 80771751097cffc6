import { useCallback, useState } from 'react';
import { useNavigate, useLocation, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { LOCAL_DATA_PARAM, datasetQueryKey } from '../../data/load';
import { saveLocalDataset } from '../../data/local-dataset';
import { LOCAL_FILE_NAME_KEY } from './lib/data-source';
import type { DatasetProblem } from '../../data/validate';
import { withParams } from '../../lib/url-params';
import { readDatasetFile, type DatasetFile } from './lib/data-source';

export type LoadFileState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'invalid'; name: string; problems: DatasetProblem[] }
  | { status: 'unreadable'; name: string; reason: string };

/**
 * Opens a dataset file from the reader's computer: checks it like `npm run validate-data`, keeps a
 * valid one in IndexedDB and switches the address to `?data=local`; an invalid one is reported and
 * the current data stays on screen.
 */
export function useLoadFile() {
  const [state, setState] = useState<LoadFileState>({ status: 'idle' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();

  const load = useCallback(
    async (file: DatasetFile) => {
      setState({ status: 'reading', name: file.name });
      try {
        const result = await readDatasetFile(file);
        if (!result.ok) {
          setState({ status: 'invalid', name: file.name, problems: result.problems });
          return;
        }
        await saveLocalDataset({ name: file.name, size: file.size, text: result.text ?? '', savedAt: new Date().toISOString() });
        queryClient.setQueryData(datasetQueryKey({ kind: 'file' }), result.dataset);
        queryClient.setQueryData(LOCAL_FILE_NAME_KEY, file.name);
        setState({ status: 'idle' });
        const search = withParams(params, { data: LOCAL_DATA_PARAM }).toString();
        if (params.get('data') !== LOCAL_DATA_PARAM) void navigate({ pathname: location.pathname, search: `?${search}` });
      } catch (error) {
        setState({ status: 'unreadable', name: file.name, reason: error instanceof Error ? error.message : String(error) });
      }
    },
    [queryClient, navigate, location.pathname, params],
  );

  return { state, load, dismiss: () => setState({ status: 'idle' }) };
}
