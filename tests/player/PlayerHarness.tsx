import { useState } from 'react';
import {
  type Clock,
  type CustomShortcut,
  PlayerControls,
  SHORTCUTS,
  ShortcutsOverlay,
  useKeyboardShortcuts,
  usePlayer,
} from '../../src/player';

/** Props of the test harness. */
export interface PlayerHarnessProps {
  stepCount: number;
  clock: Clock;
  extra?: readonly CustomShortcut[];
}

/** The player wired as the app will wire it: hook, controls, keys, overlay, a text input. */
export function PlayerHarness({ stepCount, clock, extra }: PlayerHarnessProps) {
  const { state, dispatch } = usePlayer(stepCount, { clock, reducedMotion: false });
  const [helpOpen, setHelpOpen] = useState(false);
  useKeyboardShortcuts(dispatch, { onToggleHelp: () => setHelpOpen((open) => !open), extra });
  return (
    <main>
      <label>
        Search
        <input type="text" />
      </label>
      <PlayerControls state={state} onAction={dispatch} />
      <ShortcutsOverlay
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        shortcuts={[...SHORTCUTS, ...(extra ?? [])]}
      />
    </main>
  );
}
