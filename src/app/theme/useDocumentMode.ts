import { useLayoutEffect } from 'react';
import type { AppMode } from '../url/urlState';

/**
 * Puts the mode on `<html data-mode>` (absent on the normal page), for the styles that reach
 * outside the app's own elements: the shortcuts overlay's big type in talk mode, no
 * scrollbars in an embed.
 * @param mode - the mode shown
 */
export function useDocumentMode(mode: AppMode | undefined): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (mode === undefined) delete root.dataset.mode;
    else root.dataset.mode = mode;
  }, [mode]);
}
