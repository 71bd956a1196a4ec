import './ShortcutsOverlay.css';
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SHORTCUTS, type Shortcut } from './shortcuts';
import { useDialogFocus } from './useDialogFocus';

/** Props of {@link ShortcutsOverlay}. */
export interface ShortcutsOverlayProps {
  /** Shown or not. */
  open: boolean;
  /** Called on Escape, `?` or the Close button. */
  onClose: () => void;
  /** The rows listed; pass `[...SHORTCUTS, ...extra]` to include the app's own. @default SHORTCUTS */
  shortcuts?: readonly Shortcut[];
}

const CLOSE_ROW: Shortcut = {
  keys: ['Escape'],
  keyLabels: ['Esc'],
  description: 'Close this list',
};

function KeyList({ labels }: { labels: readonly string[] }) {
  return labels.map((label, i) => (
    <span key={label}>
      {i > 0 ? ' or ' : null}
      <kbd className="pw-shortcuts__key">{label}</kbd>
    </span>
  ));
}

function ShortcutTable({ rows }: { rows: readonly Shortcut[] }) {
  return (
    <table className="pw-shortcuts__table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.keys.join(' ')}:${row.description}`}>
            <td>
              <KeyList labels={row.keyLabels} />
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Closes on Escape or `?`, wherever the focus is. */
function useCloseKeys(onClose: () => void): void {
  // Callers pass a fresh `onClose` each render: read the latest, listen once per opening.
  const close = useEffectEvent(onClose);
  useEffect(() => {
    // Capture phase on window: runs before the app's shortcut listener, which then sees
    // defaultPrevented and stays quiet (so `?` does not close and reopen at once).
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== '?') return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}

function ShortcutsDialog({ onClose, shortcuts }: Omit<ShortcutsOverlayProps, 'open'>) {
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const { onKeyDown } = useDialogFocus(dialogRef, closeRef);
  useCloseKeys(onClose);
  return (
    <div className="pw-shortcuts__backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        tabIndex={-1}
        className="pw-shortcuts"
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId} className="pw-shortcuts__title">
          Keyboard shortcuts
        </h2>
        <ShortcutTable rows={[...(shortcuts ?? SHORTCUTS), CLOSE_ROW]} />
        <button ref={closeRef} type="button" className="pw-shortcuts__close" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/**
 * A modal list of every keyboard shortcut, opened with `?`. Focus moves to its Close
 * button and returns where it was on close; Escape and `?` close it.
 * @param props - See {@link ShortcutsOverlayProps}.
 * @returns The dialog in a portal on document.body, or null when closed.
 */
export function ShortcutsOverlay({ open, onClose, shortcuts }: ShortcutsOverlayProps) {
  if (!open || typeof document === 'undefined') return null;
  return createPortal(<ShortcutsDialog onClose={onClose} shortcuts={shortcuts} />, document.body);
}
