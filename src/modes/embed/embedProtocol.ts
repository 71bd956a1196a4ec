/**
 * The embed's postMessage API (pure): what a host page (reveal.js, Slidev, any page with an
 * iframe) may send, and what the embed tells it.
 *
 * In:  `{ type: 'packetwalk:command', command: 'next' | 'previous' | 'first' | 'last' | 'play' | 'pause' }`
 *      `{ type: 'packetwalk:command', command: 'goto', step: 3 }`
 * Out: `{ type: 'packetwalk:ready' | 'packetwalk:step', scenario, step, stepCount, hops, totalHops, done, playing }`
 */
import { hopsUpTo } from '../../panels';
import type { PlayerAction } from '../../player';
import type { Trace } from '../../sim';

/** Commands without an argument. */
export type PlainCommand = 'next' | 'previous' | 'first' | 'last' | 'play' | 'pause';

/** A valid command from the host page. */
export type EmbedCommand =
  | { type: 'packetwalk:command'; command: PlainCommand }
  | { type: 'packetwalk:command'; command: 'goto'; step: number };

/** Where the walk is, as the embed reports it. */
export interface EmbedStatus {
  /** `metadata.name` of the scenario. */
  scenario: string;
  /** 0..stepCount; 0 = the packet waits at the client. */
  step: number;
  stepCount: number;
  /** Hops counted so far (from the load balancer on, up to this step). */
  hops: number;
  /** Hops of the whole walk (the quiz's answer). */
  totalHops: number;
  /** The last step is shown. */
  done: boolean;
  /** Autoplay is on. */
  playing: boolean;
}

/** Sent once, when the embed has loaded and listens. */
export type EmbedReadyMessage = { type: 'packetwalk:ready'; version: 1 } & EmbedStatus;
/** Sent on every step change (and play/pause). */
export type EmbedStepMessage = { type: 'packetwalk:step' } & EmbedStatus;

const PLAIN: readonly PlainCommand[] = ['next', 'previous', 'first', 'last', 'play', 'pause'];

/**
 * Reads a host page's message strictly: an object with exactly the keys of one command,
 * `step` a whole number >= 0 for `goto` and absent otherwise. Anything else is ignored.
 * @param data - `MessageEvent.data`
 * @returns the command, or null
 */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (record.type !== 'packetwalk:command' || typeof record.command !== 'string') return null;
  if (record.command === 'goto') {
    const { step } = record;
    const valid = Number.isSafeInteger(step) && (step as number) >= 0 && keys.length === 3;
    return valid ? { type: 'packetwalk:command', command: 'goto', step: step as number } : null;
  }
  const command = PLAIN.find((c) => c === record.command);
  if (command === undefined || keys.length !== 2) return null;
  return { type: 'packetwalk:command', command };
}

/**
 * The player action for a command. `goto` the next step flies its leg (a slide click reads
 * as "go on"); any other `goto` shows the step at rest.
 * @param command - a valid command
 * @param step - the step shown now
 * @returns the action
 */
export function commandAction(command: EmbedCommand, step: number): PlayerAction {
  switch (command.command) {
    case 'goto':
      return { type: 'goto', step: command.step, animate: command.step === step + 1 };
    case 'first':
      return { type: 'home' };
    case 'last':
      return { type: 'end' };
    default:
      return { type: command.command };
  }
}

/**
 * The status the embed reports.
 * @param trace - the walk shown
 * @param step - the player step
 * @param playing - autoplay is on
 * @returns the status
 */
export function embedStatus(trace: Trace, step: number, playing: boolean): EmbedStatus {
  const stepCount = trace.steps.length;
  const shown = Math.max(0, Math.min(step, stepCount));
  const hops = hopsUpTo(trace, shown);
  const done = stepCount > 0 && shown === stepCount;
  return {
    scenario: trace.scenario,
    step: shown,
    stepCount,
    hops,
    totalHops: trace.hops,
    done,
    playing,
  };
}
