import { useId } from 'react';
import type { BundledScenario } from '../scenarios/types';

/** Props of {@link ScenarioPicker}. */
export interface ScenarioPickerProps {
  /** The bundled scenarios, in teaching order. */
  scenarios: readonly BundledScenario[];
  /** The bundled scenario shown (`metadata.name`), or undefined when an opened file is. */
  value?: string;
  /** The opened file shown, listed as an extra option. */
  openedFile?: string;
  /** Called with the chosen scenario's name. */
  onSelect: (name: string) => void;
}

const OPENED = '';

function groups(scenarios: readonly BundledScenario[]): [string, BundledScenario[]][] {
  const byTopic = new Map<string, BundledScenario[]>();
  for (const s of scenarios) byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), s]);
  return [...byTopic];
}

/**
 * The scenario picker: a native select labelled "Scenario", its options the scenarios'
 * titles grouped by topic. A file that does not load says so in its option.
 * @param props - See {@link ScenarioPickerProps}.
 * @returns The label and select.
 */
export function ScenarioPicker({ scenarios, value, openedFile, onSelect }: ScenarioPickerProps) {
  const id = useId();
  return (
    <span className="pw-picker">
      <label htmlFor={id} className="pw-picker__label">
        Scenario
      </label>
      <select
        id={id}
        className="pw-picker__select"
        value={value ?? OPENED}
        onChange={(event) => {
          if (event.currentTarget.value !== OPENED) onSelect(event.currentTarget.value);
        }}
      >
        {value === undefined ? (
          <option value={OPENED} disabled>
            {openedFile ? `Opened file: ${openedFile}` : 'No scenario'}
          </option>
        ) : null}
        {groups(scenarios).map(([topic, members]) => (
          <optgroup key={topic} label={topic}>
            {members.map((s) => (
              <option key={s.fileName} value={s.name}>
                {s.result.ok ? s.title : `${s.title} (does not load)`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
