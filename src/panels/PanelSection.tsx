import './base.css';
import { type ReactNode, useId } from 'react';

/** Props of {@link PanelSection}. */
export interface PanelSectionProps {
  /** The heading text. */
  title: string;
  /** The panel's content. */
  children: ReactNode;
  /** Controls shown at the end of the heading row (e.g. a Copy button). */
  actions?: ReactNode;
  /** Extra class on the section, after `pw-panel`. */
  className?: string;
}

/**
 * The frame every side panel shares: a section labelled by its heading.
 * @param props - See {@link PanelSectionProps}.
 * @returns The section.
 */
export function PanelSection({ title, children, actions, className }: PanelSectionProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={className ? `pw-panel ${className}` : 'pw-panel'}
    >
      <div className="pw-panel__header">
        <h2 id={headingId} className="pw-panel__title">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
