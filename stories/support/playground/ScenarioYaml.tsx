import { useLayoutEffect, useRef } from 'react';

/** Props of {@link ScenarioYaml}. */
export interface ScenarioYamlProps {
  /** The file's text. */
  text: string;
  /** 1-based lines to highlight (where diagnostics point); the first is scrolled into view. */
  marks?: readonly number[];
  /** Unfolded at first. @default false */
  open?: boolean;
}

/**
 * The scenario file the controls wrote, with line numbers (the diagnostics cite them) and
 * the lines a diagnostic points at highlighted.
 * @param props - See {@link ScenarioYamlProps}.
 * @returns A disclosure with the YAML text.
 */
export function ScenarioYaml({ text, marks = [], open = false }: ScenarioYamlProps) {
  const preRef = useRef<HTMLPreElement>(null);
  const lines = text.replace(/\n$/, '').split('\n');
  const width = String(lines.length).length;
  const first = marks.length ? Math.min(...marks) : undefined;
  useLayoutEffect(() => {
    const pre = preRef.current;
    const mark = pre?.querySelector('mark');
    if (!pre || !(mark instanceof HTMLElement) || first === undefined) return;
    pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3);
  }, [first]);
  return (
    <details className="pw-story-yaml" open={open}>
      <summary>playground.yaml (what the controls wrote)</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
      <pre ref={preRef} tabIndex={0}>
        <code>
          {lines.map((line, i) => {
            const row = `${String(i + 1).padStart(width)}  ${line}\n`;
            // biome-ignore lint/suspicious/noArrayIndexKey: a line's number is its identity
            return marks.includes(i + 1) ? <mark key={i}>{row}</mark> : <span key={i}>{row}</span>;
          })}
        </code>
      </pre>
    </details>
  );
}
