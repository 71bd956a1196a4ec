import { useState } from 'react';
import { TALK_MIN_FONT_SIZE } from '../../layout';
import type { EmbedHost } from '../../modes';
import { EmbedView, PresenterView, parseEmbedOptions, TalkView, type WallClock } from '../../modes';
import type { Trace } from '../../sim';
import { DiagramArea } from '../shell/DiagramArea';
import type { Shown } from '../state/types';
import type { AppController } from '../state/useAppController';
import type { AppMode } from '../url/urlState';
import { openPresenterWindow } from './presenterWindow';
import { useTalkAspect } from './useTalkAspect';
import type { TalkSession } from './useTalkSession';

/** Props of {@link ModeScreen}. */
export interface ModeScreenProps {
  /** Which screen. */
  mode: AppMode;
  /** The app's state, trace and player. */
  app: AppController;
  /** The scenario on screen. */
  shown: Shown;
  /** Its walk. */
  trace: Trace;
  /** Blank screen and sync of the talk's windows. */
  session: TalkSession;
  /** Timers (auto-hide, timer, clock, "Copied"). */
  clock?: WallClock;
  /** The window hosting an embed (tests). @default window */
  embedHost?: EmbedHost;
}

/**
 * Talk mode, the presenter view or an embed, wired to the app: the player, the diagram (bare;
 * in talk mode on a canvas fitted to the screen, for bigger labels), the session.
 * @param props - See {@link ModeScreenProps}.
 * @returns The screen.
 */
export function ModeScreen({
  mode,
  app,
  shown,
  trace,
  session,
  clock,
  embedHost,
}: ModeScreenProps) {
  const { player, userDispatch, apply } = app;
  const [embedOptions] = useState(() => parseEmbedOptions(window.location.search));
  const [narrated, setNarrated] = useState(false);
  const talkAspect = useTalkAspect();
  const { title, question } = shown.scenario.metadata;
  const diagram = (
    <DiagramArea
      scenario={shown.scenario}
      trace={trace}
      step={player.state.step}
      store={player.store}
      reducedMotion={player.state.reducedMotion}
      variant="bare"
      fit={
        mode === 'talk'
          ? // Every text of the diagram at 24 units or more, whatever the level of detail: on a
            // 1920x1080 screen that is 28 px or more (layout/scale.ts).
            { aspect: talkAspect, minFontSize: TALK_MIN_FONT_SIZE, strictMinFont: true }
          : undefined
      }
    />
  );
  const common = { trace, player: player.state, onAction: userDispatch, diagram, title };
  if (mode === 'embed') return <EmbedView {...common} options={embedOptions} host={embedHost} />;
  if (mode === 'presenter') {
    return (
      <PresenterView
        {...common}
        notes={shown.scenario.notes}
        question={question}
        audienceBlank={session.blank}
        onAudienceBlank={session.setBlank}
        syncAvailable={session.syncAvailable}
        clock={clock}
      />
    );
  }
  return (
    <TalkView
      {...common}
      question={question}
      blank={session.blank}
      onBlank={session.setBlank}
      narrated={narrated}
      onNarrated={setNarrated}
      onPresenter={() => openPresenterWindow()}
      onExit={() => {
        session.setBlank(false);
        apply({ type: 'setMode', mode: undefined });
      }}
      clock={clock}
    />
  );
}
