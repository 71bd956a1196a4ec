import { useEffect, useEffectEvent, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Lets the user drop a file anywhere on the page.
 * @param onFile - called with the first dropped file
 * @returns true while files are dragged over the page (to show a drop hint)
 */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onDropFile = useEffectEvent(onFile);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when we left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onDropFile(file);
    };
    const events = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
    for (const [name, fn] of Object.entries(events))
      window.addEventListener(name, fn as EventListener);
    return () => {
      for (const [name, fn] of Object.entries(events)) {
        window.removeEventListener(name, fn as EventListener);
      }
    };
  }, []);
  return dragging;
}
