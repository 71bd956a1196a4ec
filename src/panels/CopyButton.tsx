import './RulePanel.css';
import { type RefObject, useEffect, useState } from 'react';
import { copyText } from './copyText';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text to copy. */
  text: string;
  /** Accessible name; starts with the visible "Copy". @default "Copy" */
  label?: string;
  /** Selected for a manual Ctrl+C when copying fails. */
  selectOnFailure?: RefObject<HTMLElement | null>;
}

type CopyState = 'idle' | 'copied' | 'failed';

const SHOWN_MS = 2000;

function selectContents(element: HTMLElement | null | undefined): void {
  const selection = element?.ownerDocument.getSelection();
  if (!element || !selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A "Copy" button with a visible (and announced) "Copied" state; when the clipboard is out
 * of reach it selects the text instead and says so.
 * @param props - See {@link CopyButtonProps}.
 * @returns The button and its status.
 */
export function CopyButton({ text, label = 'Copy', selectOnFailure }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  // A different text (the next step) starts fresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on text change only
  useEffect(() => setState('idle'), [text]);

  const onClick = async () => {
    const done = await copyText(text);
    if (!done) selectContents(selectOnFailure?.current);
    setState(done ? 'copied' : 'failed');
  };
  return (
    <span className="pw-copy">
      <button type="button" className="pw-copy__button" aria-label={label} onClick={onClick}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className={state === 'failed' ? 'pw-copy__status' : 'pw-visually-hidden'}>
        {state === 'copied' ? 'Copied to the clipboard' : null}
        {state === 'failed' ? 'Copy blocked: text selected, press Ctrl+C' : null}
      </span>
    </span>
  );
}
