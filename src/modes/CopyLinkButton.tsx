import { useEffect, useRef, useState } from 'react';
import { copyText } from '../panels';
import { createWallClock, type WallClock } from './clock';

/** Props of {@link CopyLinkButton}. */
export interface CopyLinkButtonProps {
  /** The link to copy, read at the click. @default the page's absolute URL */
  url?: () => string;
  /** Extra class on the button. */
  className?: string;
  /** Resets "Copied" after a while. @default createWallClock() */
  clock?: WallClock;
  /** Copies text; resolves to false when it could not. @default copyText (clipboard, then execCommand) */
  copy?: (text: string) => Promise<boolean>;
}

type CopyState = 'idle' | 'copied' | 'failed';

const SHOWN_MS = 2500;
const pageUrl = () => window.location.href;

/**
 * "Copy link to this step": copies the absolute URL of what is on screen (scenario, step,
 * model, reply, theme, mode) and says "Copied" for a moment. When the clipboard is out of
 * reach it shows the link selected in a field, ready for Ctrl+C.
 * @param props - See {@link CopyLinkButtonProps}.
 * @returns The button, its status, and the fallback field when needed.
 */
export function CopyLinkButton(props: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const [clock] = useState(() => props.clock ?? createWallClock());
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'copied') return;
    return clock.after(SHOWN_MS, () => setState('idle'));
  }, [state, clock]);
  useEffect(() => {
    if (state !== 'failed') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  const onClick = async () => {
    const text = (props.url ?? pageUrl)();
    setLink(text);
    const done = await (props.copy ?? copyText)(text);
    setState(done ? 'copied' : 'failed');
  };
  const className = props.className ? `pw-copylink ${props.className}` : 'pw-copylink';
  return (
    <span className={className}>
      <button
        type="button"
        className="pw-button pw-copylink__button"
        // The name contains the visible words (WCAG 2.5.3, label in name).
        aria-label={state === 'copied' ? 'Copied link to this step' : 'Copy link to this step'}
        title="Copy link to this step"
        onClick={onClick}
      >
        {state === 'copied' ? 'Copied' : 'Copy link'}
      </button>
      <span role="status" className="pw-visually-hidden">
        {state === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
      {state === 'failed' ? (
        <input
          ref={field}
          className="pw-copylink__field"
          aria-label="Link to this step (press Ctrl+C to copy)"
          readOnly
          value={link}
          onBlur={() => setState('idle')}
        />
      ) : null}
    </span>
  );
}
