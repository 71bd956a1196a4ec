/**
 * The blanked screen (B): black, edge to edge, above everything, with nothing on it and no
 * pointer. Keys still work behind it; B, `.` or Escape bring the talk back.
 * @returns The cover.
 */
export function BlankScreen() {
  return <div className="pw-blank" data-blank="true" aria-hidden="true" />;
}
