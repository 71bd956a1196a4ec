import './ExportMenu.css';
import { useId } from 'react';
import type { Scenario } from '../../model';
import { type TraceModel, walk } from '../../sim';
import type { ExportFormat, ExportTheme } from '../types';
import { ExportStatus } from './ExportStatus';
import { FORMAT_ENTRIES } from './formats';
import { useExportJob } from './useExportJob';
import { useMenu } from './useMenu';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** The scenario on screen; without one the button is disabled. */
  scenario: Scenario | null | undefined;
  /** Real or naive picture, as on screen. */
  model: TraceModel;
  /** Reply legs shown. */
  reply: boolean;
  /** The player's step, shown by still images. @default the address bar's `?step=` at export time
   *  (the app keeps it in sync with the player) */
  step?: number;
  /** The theme written into the files. @default the `<html data-theme>` in effect at export time */
  theme?: ExportTheme;
}

const THEMES: readonly ExportTheme[] = ['light', 'dark', 'contrast'];

/** The step in the address bar, as the app writes it (a whole number; anything else is 0). */
function urlStep(): number {
  const raw = new URLSearchParams(window.location.search).get('step');
  const n = raw === null ? 0 : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** The diagram on screen, when it shows this picture at this step (the root class of diagram/). */
function screenMarkup(model: TraceModel, step: number): string | undefined {
  const svg = document.querySelector(`svg.pw-diagram[data-model="${model}"][data-step="${step}"]`);
  return svg ? new XMLSerializer().serializeToString(svg) : undefined;
}

function documentTheme(): ExportTheme {
  const theme = document.documentElement.dataset.theme as ExportTheme | undefined;
  return theme && THEMES.includes(theme) ? theme : 'light';
}

/**
 * The header's "Export" menu button: SVG and PNG of the step on screen, a PDF of every step,
 * the whole walk as GIF or WebM. The export code loads when an item is chosen.
 * @param props - {@link ExportMenuProps}
 */
export function ExportMenu(props: ExportMenuProps) {
  const { scenario, model, reply } = props;
  const menu = useMenu();
  const job = useExportJob();
  const id = useId();
  const running = job.job.status === 'running';
  const choose = (format: ExportFormat) => {
    menu.setOpen(false);
    menu.buttonRef.current?.focus();
    if (!scenario) return;
    const trace = walk(scenario, { model, reply });
    const step = Math.min(props.step ?? urlStep(), trace.steps.length);
    const theme = props.theme ?? documentTheme();
    const still = format === 'svg' || format === 'png';
    const screen = still ? screenMarkup(model, step) : undefined;
    job.start(format, { scenario, trace, step, theme, ...(screen ? { screen } : {}) });
  };
  return (
    <div className="pw-export">
      <button
        ref={menu.buttonRef}
        type="button"
        className="pw-button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menu.open ? `${id}-menu` : undefined}
        disabled={!scenario || running}
        onClick={() => {
          // A finished export's message makes way for the next choice.
          job.dismiss();
          menu.setOpen(!menu.open);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') job.dismiss();
          menu.onButtonKeyDown(event);
        }}
      >
        Export
      </button>
      {menu.open ? (
        <div
          ref={menu.menuRef}
          id={`${id}-menu`}
          className="pw-export-menu"
          role="menu"
          aria-label="Export"
          tabIndex={-1}
          onKeyDown={menu.onMenuKeyDown}
        >
          {FORMAT_ENTRIES.map((entry) => (
            <button
              key={entry.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="pw-export-menu__item"
              data-format={entry.format}
              onClick={() => choose(entry.format)}
            >
              <span className="pw-export-menu__label">{entry.label}</span>
              <span className="pw-export-menu__hint">{entry.hint}</span>
            </button>
          ))}
        </div>
      ) : null}
      <ExportStatus job={job.job} onCancel={job.cancel} onDismiss={job.dismiss} />
    </div>
  );
}
