import { useLayoutEffect } from 'react';
import type { ThemeName } from '../url/urlState';

/**
 * Puts the theme on `<html data-theme>`, where src/app/theme.css picks its tokens up.
 * @param theme - the theme to show
 */
export function useDocumentTheme(theme: ThemeName): void {
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
