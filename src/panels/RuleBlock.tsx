import './RulePanel.css';
import { useRef } from 'react';
import { CopyButton } from './CopyButton';
import type { RuleBlockData } from './ruleBlocks';

/** Props of {@link RuleBlock}. */
export interface RuleBlockProps {
  /** The caption and the text. */
  block: RuleBlockData;
}

/**
 * One rule text in monospace: a `<pre>` that scrolls sideways (iptables lines never wrap),
 * keyboard-scrollable, with its own Copy button.
 * @param props - See {@link RuleBlockProps}.
 * @returns The figure.
 */
export function RuleBlock({ block }: RuleBlockProps) {
  const preRef = useRef<HTMLPreElement>(null);
  return (
    <figure className="pw-ruleblock">
      <figcaption className="pw-ruleblock__caption">
        <span className="pw-ruleblock__title">{block.title}</span>
        <CopyButton text={block.text} label={`Copy ${block.name}`} selectOnFailure={preRef} />
      </figcaption>
      {/* Focusable, so keyboard users can scroll the long lines (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
      <pre ref={preRef} className="pw-ruleblock__text" tabIndex={0}>
        <code>{block.text}</code>
      </pre>
    </figure>
  );
}
