import { useCallback } from 'react';
import type { AppController } from '../state/useAppController';
import { readScenarioFile } from './readScenarioFile';

/**
 * The handler behind "Open file…" and drag-and-drop: reads the file with the lazily loaded
 * loader, then shows it from step 0, or reports why not and keeps the scenario on screen.
 * @param apply - the controller's apply
 * @returns an async file handler
 */
export function useOpenFile(apply: AppController['apply']): (file: File) => Promise<void> {
  return useCallback(
    async (file: File) => {
      const read = await readScenarioFile(file);
      if (!read.ok) {
        apply({ type: 'openFailed', fileName: read.fileName, message: read.message });
        return;
      }
      const { fileName, result } = read;
      apply({ type: 'openedFile', fileName, result }, result.ok ? { step: 0 } : {});
    },
    [apply],
  );
}
