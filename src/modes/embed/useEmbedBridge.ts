import { useEffect, useEffectEvent, useRef } from 'react';
import type { PlayerAction } from '../../player';
import type { Trace } from '../../sim';
import { acceptsMessage, type EmbedOptions, targetOrigin } from './embedOptions';
import { commandAction, embedStatus, parseEmbedCommand } from './embedProtocol';

/** The window an embed lives in (the real `window`, or a stand-in in tests). */
export interface EmbedHost {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Options of {@link useEmbedBridge}. */
export interface EmbedBridgeOptions {
  /** The walk shown (null: nothing loaded, nothing is reported). */
  trace: Trace | null;
  /** The player step. */
  step: number;
  /** Autoplay is on. */
  playing: boolean;
  /** From the URL (`parseEmbedOptions`). */
  options: EmbedOptions;
  /** Receives the commands of the host page, as player actions. */
  onAction: (action: PlayerAction) => void;
  /** @default window */
  host?: EmbedHost;
}

/**
 * The embed's side of the postMessage API: obeys valid commands from the parent frame (and
 * the `origin=` given), posts `packetwalk:ready` once and `packetwalk:step` on every change of
 * the reported status (step, play/pause, another walk). Outside a frame (parent is the window
 * itself) nothing is posted.
 * @param props - See {@link EmbedBridgeOptions}.
 */
export function useEmbedBridge(props: EmbedBridgeOptions): void {
  const { trace, step, playing, options } = props;
  const host: EmbedHost | undefined =
    props.host ?? (typeof window === 'undefined' ? undefined : window);
  /** The status last reported (null: `ready` not sent yet). */
  const reported = useRef<string | null>(null);

  const report = useEffectEvent(() => {
    const target = targetOrigin(options);
    if (host === undefined || trace === null || target === null) return;
    if ((host.parent as unknown) === host) return;
    const status = embedStatus(trace, step, playing);
    const key = JSON.stringify(status);
    if (key === reported.current) return;
    const first = reported.current === null;
    reported.current = key;
    const message = first
      ? { type: 'packetwalk:ready', version: 1, ...status }
      : { type: 'packetwalk:step', ...status };
    host.parent.postMessage(message, target);
  });

  // The listener first: a host answering `ready` at once finds it in place.
  const onMessage = useEffectEvent((event: MessageEvent) => {
    if (host === undefined || !acceptsMessage(event, options, host.parent)) return;
    const command = parseEmbedCommand(event.data);
    if (command !== null) props.onAction(commandAction(command, step));
  });

  useEffect(() => {
    if (host === undefined) return;
    const listener = (event: MessageEvent) => onMessage(event);
    host.addEventListener('message', listener);
    return () => host.removeEventListener('message', listener);
  }, [host]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reports each change of step or play state
  useEffect(() => {
    report();
  }, [trace, step, playing]);
}
