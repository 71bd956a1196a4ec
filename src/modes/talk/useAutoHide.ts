import { useEffect, useRef, useState } from 'react';
import type { WallClock } from '../clock';
import { type AutoHide, createAutoHide } from './createAutoHide';

/** What {@link useAutoHide} returns. */
export interface AutoHideControl {
  /** The controls are shown. */
  visible: boolean;
  /** Keep them shown while the pointer is over them. */
  hold: (on: boolean) => void;
}

/**
 * Controls that appear when the pointer moves (anywhere on the page) and hide again when it
 * rests. Keys do not show them: a presenter's clicker must not flash the toolbar on every
 * step. Keyboard focus shows them through CSS (`:focus-within`).
 * @param clock - timers
 * @param delayMs - how long they stay after the pointer stops
 * @returns the visibility and the hold switch
 */
export function useAutoHide(clock: WallClock, delayMs?: number): AutoHideControl {
  const [visible, setVisible] = useState(false);
  // A ref, not state: the machine is only used by handlers, never drawn.
  const machine = useRef<AutoHide | null>(null);
  useEffect(() => {
    const created = createAutoHide({ clock, delayMs, onChange: setVisible });
    machine.current = created;
    const poke = () => created.poke();
    window.addEventListener('pointermove', poke);
    window.addEventListener('pointerdown', poke);
    return () => {
      window.removeEventListener('pointermove', poke);
      window.removeEventListener('pointerdown', poke);
      created.destroy();
      if (machine.current === created) machine.current = null;
      setVisible(false);
    };
  }, [clock, delayMs]);
  return { visible, hold: (on) => machine.current?.hold(on) };
}
