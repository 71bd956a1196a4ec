import { lazy, Suspense, useEffect } from 'react';
import type { EmbedHost, SyncPortFactory, WallClock } from '../modes';
import type { Clock } from '../player';
import type { BundledScenario } from './scenarios/types';
import { useBundledScenarios } from './scenarios/useBundledScenarios';
import { useAppController } from './state/useAppController';
import { useDocumentMode } from './theme/useDocumentMode';
import { useTheme } from './theme/useTheme';
import { useTalkSession } from './views/useTalkSession';
import { Workspace } from './views/Workspace';

/** Props of {@link App}. */
export interface AppProps {
  /** The bundled scenarios; default: the build's list, hot-updated in dev. */
  scenarios?: readonly BundledScenario[];
  /** The player's clock; default: requestAnimationFrame. */
  clock?: Clock;
  /** Forces reduced motion on or off; default: the user's preference. */
  reducedMotion?: boolean;
  /** Wall time and timers of the talk tools (tests pass a manual one); default: the real clock. */
  wallClock?: WallClock;
  /** Where the talk's sync channel comes from (tests); default: a BroadcastChannel. */
  syncPorts?: SyncPortFactory;
  /** The window hosting an embed (tests); default: `window`. */
  embedHost?: EmbedHost;
}

// Talk mode, the presenter view and embeds load when first shown: the normal page never needs
// them (their code stays out of its first load), and fetches them once it is idle, so that T
// switches at once.
const loadModeScreen = () => import('./views/ModeScreen');
const ModeScreen = lazy(() => loadModeScreen().then((module) => ({ default: module.ModeScreen })));

/** Fetches the modes' code a while after the page has drawn. */
function usePreloadModes(): void {
  useEffect(() => {
    const timer = setTimeout(() => void loadModeScreen().catch(() => undefined), 2000);
    return () => clearTimeout(timer);
  }, []);
}

function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · PacketWalk` : 'PacketWalk';
  }, [title]);
}

/** Shown for the moment a mode's code takes to arrive (a blank page in the theme's colours). */
function ModeLoading() {
  return <div className="pw-mode-loading" aria-busy="true" />;
}

/**
 * PacketWalk, driven by the URL (`?scenario=&step=&model=&reply=&theme=&mode=`) and the
 * player: the normal page (header, diagram, side panels, controls, timeline), or with
 * `mode=` talk mode, the presenter view or an embed.
 * @param props - See {@link AppProps}.
 * @returns The whole page.
 */
export function App(props: AppProps) {
  const bundled = useBundledScenarios(props.scenarios);
  const app = useAppController({ bundled, clock: props.clock, reducedMotion: props.reducedMotion });
  const theme = useTheme(app);
  const { shown, mode } = app.state;
  useDocumentMode(mode);
  const session = useTalkSession(app, bundled, { clock: props.wallClock, ports: props.syncPorts });
  useDocumentTitle(shown?.scenario.metadata.title);
  usePreloadModes();
  if (mode !== undefined && shown !== null && app.trace !== null) {
    return (
      <Suspense fallback={<ModeLoading />}>
        <ModeScreen
          mode={mode}
          app={app}
          shown={shown}
          trace={app.trace}
          session={session}
          clock={props.wallClock}
          embedHost={props.embedHost}
        />
      </Suspense>
    );
  }
  return <Workspace app={app} bundled={bundled} theme={theme} clock={props.wallClock} />;
}
