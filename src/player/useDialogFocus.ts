import { type KeyboardEvent, type RefObject, useCallback, useEffect } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What {@link useDialogFocus} gives the dialog element. */
export interface DialogFocusHandlers {
  /** Keeps Tab and Shift+Tab inside the dialog; put it on the dialog's onKeyDown. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Modal focus handling: moves focus into the dialog when it mounts, keeps Tab inside it,
 * and gives focus back to the element that had it when the dialog unmounts.
 * @param dialogRef - The dialog element.
 * @param initialFocusRef - The element focused first (e.g. the Close button).
 * @returns The keydown handler that traps Tab.
 */
export function useDialogFocus(
  dialogRef: RefObject<HTMLElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
): DialogFocusHandlers {
  useEffect(() => {
    const previous = document.activeElement;
    (initialFocusRef.current ?? dialogRef.current)?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [dialogRef, initialFocusRef]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const dialog = dialogRef.current;
      if (event.key !== 'Tab' || dialog === null) return;
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (first === undefined || last === undefined) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    },
    [dialogRef],
  );
  return { onKeyDown };
}
