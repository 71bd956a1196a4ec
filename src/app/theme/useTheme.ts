import type { AppController } from '../state/useAppController';
import type { ThemeName } from '../url/urlState';
import { useDocumentTheme } from './useDocumentTheme';
import { useSystemTheme } from './useSystemTheme';

/** The theme in effect and the dark switch's handler. */
export interface ThemeControl {
  theme: ThemeName;
  /** Light or dark on request; the system's own choice is stored as "no choice" (not in the URL). */
  setDark: (dark: boolean) => void;
}

/**
 * The theme: the URL's choice, else high contrast in talk mode (projectors wash colours
 * out), else `prefers-color-scheme`; applied to `<html data-theme>`.
 * @param app - the controller (its state holds an explicit choice)
 * @returns the theme and its switch handler
 */
export function useTheme(app: AppController): ThemeControl {
  const system = useSystemTheme();
  const theme = app.state.theme ?? (app.state.mode === 'talk' ? 'contrast' : system);
  useDocumentTheme(theme);
  return {
    theme,
    setDark: (dark) => {
      const next = dark ? 'dark' : 'light';
      const explicit = next === system ? undefined : next;
      app.apply({ type: 'setTheme', theme: explicit }, { history: 'replace' });
    },
  };
}
