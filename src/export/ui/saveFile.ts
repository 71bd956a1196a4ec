/** Hands a finished export to the browser as a download. */
import type { ExportResult } from '../types';

/**
 * Saves a file through a temporary `<a download>` link.
 * @param result - the file and its name
 */
export function saveFile(result: ExportResult): void {
  const url = URL.createObjectURL(result.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click's task is over; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
