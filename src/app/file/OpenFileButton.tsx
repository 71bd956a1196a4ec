import { useRef } from 'react';

/** Props of {@link OpenFileButton}. */
export interface OpenFileButtonProps {
  /** Called with the chosen file. */
  onFile: (file: File) => void;
}

/**
 * "Open file…": a button that opens the browser's file chooser for a scenario file.
 * @param props - See {@link OpenFileButtonProps}.
 * @returns The button and its hidden file input.
 */
export function OpenFileButton({ onFile }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="pw-button" onClick={() => input.current?.click()}>
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        className="pw-visually-hidden"
        tabIndex={-1}
        aria-label="Scenario file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after editing it) loads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
