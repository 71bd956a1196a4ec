import type { Shown } from '../state/types';

/** Props of {@link ScenarioHeading}. */
export interface ScenarioHeadingProps {
  /** The scenario on screen. */
  shown: Shown | null;
}

/**
 * The scenario's title (the page's h1) and the question it answers, as text.
 * @param props - See {@link ScenarioHeadingProps}.
 * @returns The heading block.
 */
export function ScenarioHeading({ shown }: ScenarioHeadingProps) {
  if (shown === null) return <h1 className="pw-title">No scenario loaded</h1>;
  const { title, question } = shown.scenario.metadata;
  const origin = shown.origin;
  return (
    <div className="pw-heading">
      <h1 className="pw-title">
        {title}
        {origin.kind === 'file' ? <span className="pw-title__file">{origin.fileName}</span> : null}
      </h1>
      {question ? <p className="pw-question">{question}</p> : null}
    </div>
  );
}
