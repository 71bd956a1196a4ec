import { useEffect, useState } from 'react';
import { type Clock, ShortcutsOverlay, useKeyboardShortcuts } from '../player';
import { DropOverlay } from './file/DropOverlay';
import { useFileDrop } from './file/useFileDrop';
import { useOpenFile } from './file/useOpenFile';
import type { BundledScenario } from './scenarios/types';
import { useBundledScenarios } from './scenarios/useBundledScenarios';
import { AppHeader } from './shell/AppHeader';
import { AppMain } from './shell/AppMain';
import { BottomBar } from './shell/BottomBar';
import { useAppController } from './state/useAppController';
import { useTheme } from './theme/useTheme';

/** Props of {@link App}. */
export interface AppProps {
  /** The bundled scenarios; default: the build's list, hot-updated in dev. */
  scenarios?: readonly BundledScenario[];
  /** The player's clock; default: requestAnimationFrame. */
  clock?: Clock;
  /** Forces reduced motion on or off; default: the user's preference. */
  reducedMotion?: boolean;
}

function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · PacketWalk` : 'PacketWalk';
  }, [title]);
}

/**
 * PacketWalk: header, diagram with narration, side panels, player controls and timeline,
 * all driven by the URL (`?scenario=&step=&model=&reply=&theme=`) and the player.
 * @param props - See {@link AppProps}.
 * @returns The whole page.
 */
export function App(props: AppProps) {
  const bundled = useBundledScenarios(props.scenarios);
  const app = useAppController({ bundled, clock: props.clock, reducedMotion: props.reducedMotion });
  const { state, trace, player, apply, userDispatch } = app;
  const { theme, setDark } = useTheme(app);
  const [help, setHelp] = useState(false);
  useKeyboardShortcuts(userDispatch, { onToggleHelp: () => setHelp((open) => !open) });
  const openFile = useOpenFile(apply);
  const dragging = useFileDrop(openFile);
  useDocumentTitle(state.shown?.scenario.metadata.title);
  return (
    <div className="pw-app">
      <AppHeader
        scenarios={bundled}
        shown={state.shown}
        model={state.model}
        reply={state.reply}
        dark={theme === 'dark'}
        onSelect={(name) => apply({ type: 'selectBundled', name, bundled }, { step: 0 })}
        onModel={(model) => apply({ type: 'setModel', model })}
        onReply={(reply) => apply({ type: 'setReply', reply })}
        onDark={setDark}
        onHelp={() => setHelp(true)}
        onFile={openFile}
      />
      <AppMain app={app} />
      {trace ? <BottomBar trace={trace} player={player.state} onAction={userDispatch} /> : null}
      <ShortcutsOverlay open={help} onClose={() => setHelp(false)} />
      <DropOverlay active={dragging} />
    </div>
  );
}
