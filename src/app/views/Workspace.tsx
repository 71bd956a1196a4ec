import { CopyLinkButton, enterTalkShortcut, type WallClock } from '../../modes/shell';
import { ShortcutsOverlay, useShortcutsHelp } from '../../player';
import { DropOverlay } from '../file/DropOverlay';
import { useFileDrop } from '../file/useFileDrop';
import { useOpenFile } from '../file/useOpenFile';
import type { BundledScenario } from '../scenarios/types';
import { AppHeader } from '../shell/AppHeader';
import { AppMain } from '../shell/AppMain';
import { BottomBar } from '../shell/BottomBar';
import type { AppController } from '../state/useAppController';
import type { ThemeControl } from '../theme/useTheme';

/** Props of {@link Workspace}. */
export interface WorkspaceProps {
  /** The app's state, trace and player. */
  app: AppController;
  /** The bundled scenarios, for the picker. */
  bundled: readonly BundledScenario[];
  /** The theme in effect and its switch. */
  theme: ThemeControl;
  /** Timers of the "Copied" feedback. */
  clock?: WallClock;
}

/**
 * The normal page: header (picker, switches, Copy link), diagram, side panel, controls and
 * timeline, the shortcuts overlay and the drop target. T switches to talk mode.
 * @param props - See {@link WorkspaceProps}.
 * @returns The page.
 */
export function Workspace({ app, bundled, theme, clock }: WorkspaceProps) {
  const { state, trace, player, apply, userDispatch } = app;
  const talk = enterTalkShortcut(() => apply({ type: 'setMode', mode: 'talk' }));
  const help = useShortcutsHelp(userDispatch, [talk]);
  const openFile = useOpenFile(apply);
  const dragging = useFileDrop(openFile);
  return (
    <div className="pw-app">
      <AppHeader
        scenarios={bundled}
        shown={state.shown}
        model={state.model}
        reply={state.reply}
        dark={theme.theme === 'dark'}
        onSelect={(name) => apply({ type: 'selectBundled', name, bundled }, { step: 0 })}
        onModel={(model) => apply({ type: 'setModel', model })}
        onReply={(reply) => apply({ type: 'setReply', reply })}
        onDark={theme.setDark}
        onHelp={help.show}
        onFile={openFile}
        tools={<CopyLinkButton clock={clock} />}
      />
      <AppMain app={app} />
      {trace ? <BottomBar trace={trace} player={player.state} onAction={userDispatch} /> : null}
      <ShortcutsOverlay {...help.overlay} />
      <DropOverlay active={dragging} />
    </div>
  );
}
