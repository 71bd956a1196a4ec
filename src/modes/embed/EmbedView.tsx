import './embed.css';
import type { ReactNode } from 'react';
import { legAt } from '../../panels';
import { type PlayerAction, type PlayerView, useKeyboardShortcuts } from '../../player';
import type { Trace } from '../../sim';
import { stepHeadline } from '../stepText';
import { EmbedBar } from './EmbedBar';
import type { EmbedOptions } from './embedOptions';
import { type EmbedHost, useEmbedBridge } from './useEmbedBridge';

/** Props of {@link EmbedView}. */
export interface EmbedViewProps {
  /** The walk shown. */
  trace: Trace;
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the player actions (host commands, keys, the bar's buttons). */
  onAction: (action: PlayerAction) => void;
  /** The diagram; it fills the frame, letterboxed. */
  diagram: ReactNode;
  /** The scenario's title (the frame's heading, for assistive technology). */
  title: string;
  /** From the URL (`parseEmbedOptions`). */
  options: EmbedOptions;
  /** The window hosting the embed. @default window */
  host?: EmbedHost;
}

/**
 * Embed mode (`?mode=embed`): only the diagram, fitted to any frame from 320x180 up, no
 * scrollbars; with `&controls=1` a small bar of controls and caption. The host page drives
 * it with postMessage and hears of every step (see embedProtocol.ts).
 * @param props - See {@link EmbedViewProps}.
 * @returns The embed.
 */
export function EmbedView(props: EmbedViewProps) {
  const { trace, player, onAction, options } = props;
  useEmbedBridge({
    trace,
    step: player.step,
    playing: player.playing,
    options,
    onAction,
    host: props.host,
  });
  useKeyboardShortcuts(onAction);
  const leg = legAt(trace, player.step);
  return (
    <div className="pw-embed" data-controls={options.controls ? 'shown' : 'none'}>
      <h1 className="pw-visually-hidden">{props.title}</h1>
      <div className="pw-embed__stage">{props.diagram}</div>
      {options.controls ? (
        <EmbedBar trace={trace} player={player} onAction={onAction} />
      ) : (
        <p className="pw-visually-hidden" aria-live="polite" aria-atomic="true">
          {stepHeadline(trace, player.step)}. {leg?.note}
        </p>
      )}
    </div>
  );
}
