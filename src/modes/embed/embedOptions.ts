/**
 * The embed's own URL parameters (pure): `&controls=1` shows a caption and controls,
 * `&origin=https://slides.example.com` restricts who may drive it and who hears its steps.
 */

/** What the embed URL asks for. */
export interface EmbedOptions {
  /** Show the caption and the player controls. @default false */
  controls: boolean;
  /**
   * The only origin whose messages are obeyed and to which steps are posted; null: any
   * origin (messages must still come from the parent frame).
   */
  origin: string | null;
  /** `origin=` was given but is not an origin (`scheme://host[:port]`): nothing is accepted or sent. */
  originInvalid: boolean;
}

const ON = ['1', 'true', 'yes', 'on'];

function normalOrigin(raw: string): string | null {
  try {
    const origin = new URL(raw).origin;
    return origin !== 'null' && origin === raw.replace(/\/$/, '').toLowerCase() ? origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads the embed options from a query string.
 * @param search - `location.search`
 * @returns the options
 */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const controls = ON.includes(params.get('controls')?.toLowerCase() ?? '');
  const raw = params.get('origin')?.trim();
  if (!raw) return { controls, origin: null, originInvalid: false };
  const origin = normalOrigin(raw);
  return origin === null
    ? { controls, origin: raw, originInvalid: true }
    : { controls, origin, originInvalid: false };
}

/**
 * Tells whether a message may drive the embed: it comes from the parent frame and, when
 * `origin=` is set, from that origin.
 * @param event - the message's `origin` and `source`
 * @param options - the embed options
 * @param parent - the parent window (`window.parent`)
 * @returns true when the message is to be read
 */
export function acceptsMessage(
  event: { origin: string; source: unknown },
  options: EmbedOptions,
  parent: unknown,
): boolean {
  if (options.originInvalid || event.source !== parent) return false;
  return options.origin === null || event.origin === options.origin;
}

/**
 * The `targetOrigin` for messages to the parent.
 * @param options - the embed options
 * @returns the allowed origin, `'*'` when unrestricted, null when nothing may be sent
 */
export function targetOrigin(options: EmbedOptions): string | null {
  if (options.originInvalid) return null;
  return options.origin ?? '*';
}
