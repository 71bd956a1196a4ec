import './DropOverlay.css';
/** Props of {@link DropOverlay}. */
export interface DropOverlayProps {
  /** Files are being dragged over the page. */
  active: boolean;
}

/**
 * The hint shown while a file is dragged over the page.
 * @param props - See {@link DropOverlayProps}.
 * @returns The overlay, or null when nothing is dragged.
 */
export function DropOverlay({ active }: DropOverlayProps) {
  if (!active) return null;
  return (
    <div className="pw-drop" aria-hidden="true">
      <p className="pw-drop__text">Drop a scenario .yaml file to open it</p>
    </div>
  );
}
