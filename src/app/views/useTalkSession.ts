import { useState } from 'react';
import {
  type SyncPortFactory,
  type SyncState,
  useTalkSync,
  type WallClock,
} from '../../modes/shell';
import type { BundledScenario } from '../scenarios/types';
import type { AppController } from '../state/useAppController';

/** The state a talk shares between its windows, beyond the app's own. */
export interface TalkSession {
  /** The audience screen is blanked (B). */
  blank: boolean;
  setBlank: (blank: boolean) => void;
  /** The windows can sync (BroadcastChannel exists). */
  syncAvailable: boolean;
}

/** Options of {@link useTalkSession}. */
export interface TalkSessionOptions {
  /** Stamps the changes. */
  clock?: WallClock;
  /** Where the channel comes from (tests: an in-memory one). */
  ports?: SyncPortFactory;
}

/**
 * Links the windows of a talk (talk mode and presenter view; the normal page and embeds stay
 * apart): scenario, model, reply, step and blank screen follow the last change made in any
 * of them. A step one ahead flies its leg, so a key pressed in the presenter view animates
 * on the projector; other moves show the step at rest. Adopted changes replace the history
 * entry (only the user's own moves add entries).
 * @param app - the controller
 * @param bundled - the bundled scenarios (a window follows only scenarios it knows)
 * @param options - clock and channel
 * @returns the blank state and whether syncing works
 */
export function useTalkSession(
  app: AppController,
  bundled: readonly BundledScenario[],
  options: TalkSessionOptions = {},
): TalkSession {
  const [blank, setBlank] = useState(false);
  const { state, player, apply } = app;
  const scenario = state.shown?.scenario.metadata.name ?? '';
  const linked = state.mode === 'talk' || state.mode === 'presenter';
  const shared: SyncState = {
    scenario,
    model: state.model,
    reply: state.reply,
    step: player.state.step,
    blank: linked && blank,
  };
  const sync = useTalkSync({
    enabled: linked && scenario !== '',
    state: shared,
    clock: options.clock,
    portFactory: options.ports,
    accepts: (s) =>
      s.scenario === scenario || bundled.some((b) => b.name === s.scenario && b.result.ok),
    onAdopt: (s) => {
      setBlank(s.blank);
      const current = player.store.getState().step;
      const { scenario: name, model, reply } = s;
      apply(
        { type: 'follow', scenario: name, model, reply, bundled },
        { history: 'replace', step: s.step, animate: s.step === current + 1 },
      );
    },
  });
  return { blank: linked && blank, setBlank, syncAvailable: sync.available };
}
