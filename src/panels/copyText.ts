/**
 * Copies text to the clipboard: the async Clipboard API where it is allowed, else the old
 * `execCommand('copy')` on a hidden textarea (plain http, older browsers, denied permission).
 */

/**
 * The fallback: select the text in an off-screen textarea and run the copy command.
 * @param text - the text
 * @param doc - the document to work in
 * @returns true when the browser reports the copy as done
 */
export function legacyCopy(text: string, doc: Document = document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.insetBlockStart = '-100vh';
  area.style.opacity = '0';
  const previous = doc.activeElement;
  doc.body.append(area);
  area.select();
  let done = false;
  try {
    done = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  if (previous instanceof HTMLElement) previous.focus();
  return done;
}

/**
 * Copies text.
 * @param text - the text
 * @returns true when it reached the clipboard, false when both ways failed
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard !== undefined && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable (no focus, insecure context): try the old way.
    }
  }
  return legacyCopy(text);
}
