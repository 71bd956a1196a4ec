/**
 * A menu button's behaviour (WAI-ARIA menu button pattern): open with click, Enter, Space or
 * Down (first item) and Up (last item); Up/Down/Home/End move between items; Escape closes
 * and returns focus to the button; a click outside or Tab closes.
 */
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';

/** What the menu button's pieces need. */
export interface MenuControl {
  open: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  menuRef: RefObject<HTMLDivElement | null>;
  /** Opens (focusing the first or last item) or closes. */
  setOpen(open: boolean, focus?: 'first' | 'last'): void;
  onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>): void;
  onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
}

function items(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')] : [];
}

/**
 * The state and handlers of a menu button.
 * @returns see {@link MenuControl}
 */
export function useMenu(): MenuControl {
  const [open, setOpenState] = useState(false);
  const [focus, setFocus] = useState<'first' | 'last'>('first');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const setOpen = (next: boolean, where: 'first' | 'last' = 'first') => {
    setFocus(where);
    setOpenState(next);
  };
  useEffect(() => {
    if (!open) return;
    const list = items(menuRef.current);
    (focus === 'last' ? list[list.length - 1] : list[0])?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpenState(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, focus]);
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(true, event.key === 'ArrowUp' ? 'last' : 'first');
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items(menuRef.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      const n = list.length;
      list[(((move[event.key] as number) % n) + n) % n]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpenState(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') setOpenState(false);
  };
  return { open, buttonRef, menuRef, setOpen, onButtonKeyDown, onMenuKeyDown };
}
