/**
 * Full screen through the Fullscreen API, failing quietly: a browser may refuse (no user
 * gesture, an iframe without `allow="fullscreen"`, an old engine without the API).
 */

/**
 * Enters full screen, or leaves it when already there.
 * @param doc - the document @default document
 * @returns a promise that settles when the browser has answered (never rejects)
 */
export async function toggleFullscreen(doc: Document = document): Promise<void> {
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen?.();
    } else {
      await doc.documentElement.requestFullscreen?.();
    }
  } catch {
    // Refused: the talk goes on in the window.
  }
}
