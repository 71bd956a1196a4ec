import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ExportMenu,
  type ExportProgress,
  type ExportRunOptions,
  type ExportSource,
} from '../../src/export';
import { openAt, renderApp } from '../app/harness';
import { bundled } from '../app/helpers';
import { scenarioAndTrace } from './support/scenarios';

/** One call of the (fake) export code, which the test settles by hand. */
interface Call {
  format: string;
  source: ExportSource;
  options: ExportRunOptions;
  resolve: (fileName: string) => void;
  reject: (error: unknown) => void;
}

const calls: Call[] = [];

vi.mock('../../src/export/loadExportKit', () => ({
  loadExportKit: async () => ({
    runExport: (format: string, source: ExportSource, options: ExportRunOptions) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
        calls.push({
          format,
          source,
          options,
          resolve: (fileName) => resolve({ fileName, blob: new Blob(['x']) }),
          reject,
        });
      }),
  }),
}));

const { scenario } = scenarioAndTrace('rabbit-hole');
const downloads: string[] = [];

beforeEach(() => {
  calls.length = 0;
  downloads.length = 0;
  window.history.replaceState(null, '', '/?scenario=rabbit-hole&step=3');
  document.documentElement.dataset.theme = 'dark';
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function chosen(name: RegExp): Promise<Call> {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(screen.getByRole('menuitem', { name }));
  await waitFor(() => expect(calls).toHaveLength(1));
  return calls[0] as Call;
}

describe('ExportMenu: the menu button', () => {
  it('opens a menu of five formats, focusing the first; Escape closes it and returns focus', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'SVGthis step, vector',
      'PNGthis step, 2× (3200×1800)',
      'PDFevery step, a page each',
      'GIFthe whole walk, 1280×720',
      'WebM videothe whole walk, 1280×720',
    ]);
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('moves with the arrow keys, Home and End, wrapping around, and keeps them from the player', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} />);
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{ArrowUp}');
    const items = screen.getAllByRole('menuitem');
    expect(items[4]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowUp}');
    expect(items[3]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    const arrow = fireEvent.keyDown(items[0] as HTMLElement, { key: 'ArrowRight' });
    const down = fireEvent.keyDown(items[0] as HTMLElement, { key: 'ArrowDown' });
    expect([arrow, down]).toEqual([true, false]);
  });

  it('is disabled without a scenario', () => {
    render(<ExportMenu scenario={null} model="real" reply={false} />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled();
  });
});

describe('ExportMenu: running an export', () => {
  it('exports what is on screen (step from the address bar, theme from <html>) and saves the file', async () => {
    render(<ExportMenu scenario={scenario} model="naive" reply />);
    const call = await chosen(/^SVG/);
    expect(call.format).toBe('svg');
    expect(call.source.step).toBe(3);
    expect(call.source.theme).toBe('dark');
    expect(call.source.trace).toMatchObject({ scenario: 'rabbit-hole', model: 'naive' });
    expect(call.source.trace.steps.some((s) => s.direction === 'reply')).toBe(true);
    expect(call.source.screen).toBeUndefined();
    call.resolve('rabbit-hole-naive-reply-step3.svg');
    expect(await screen.findByText('Saved rabbit-hole-naive-reply-step3.svg')).toBeInTheDocument();
    expect(downloads).toEqual(['rabbit-hole-naive-reply-step3.svg']);
  });

  it('takes the step and theme given as props over the page', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} step={9} theme="contrast" />);
    const call = await chosen(/^PNG/);
    expect([call.source.step, call.source.theme]).toEqual([4, 'contrast']);
  });

  it('shows progress with a Cancel button; Cancel aborts, saves nothing and frees the button', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} />);
    const call = await chosen(/^GIF/);
    expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled();
    const progress: ExportProgress = { fraction: 0.25, label: 'Frame 37 of 149' };
    call.options.onProgress?.(progress);
    const bar = await screen.findByRole('progressbar', { name: 'Exporting GIF' });
    expect(bar).toHaveAttribute('value', '0.25');
    expect(screen.getByRole('status')).toHaveTextContent('Exporting GIF… Frame 37 of 149');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(call.options.signal?.aborted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled();
  });

  it('says what went wrong, until closed', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} />);
    const call = await chosen(/^WebM/);
    call.reject(new Error('This browser cannot encode WebM video (WebCodecs VP8).'));
    expect(
      await screen.findByText(
        'WebM video export failed: This browser cannot encode WebM video (WebCodecs VP8).',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('the app header', () => {
  it('carries the Export menu, which exports the scenario and step on screen', async () => {
    openAt('?scenario=service-upstream&step=2&theme=contrast');
    renderApp({ scenarios: bundled('rabbit-hole', 'service-upstream') });
    const call = await chosen(/^PDF/);
    expect(call.format).toBe('pdf');
    expect(call.source.scenario.metadata.name).toBe('service-upstream');
    expect([call.source.step, call.source.theme]).toEqual([2, 'contrast']);
    expect(call.source.screen).toBeUndefined();
    call.resolve('service-upstream.pdf');
    expect(await screen.findByText('Saved service-upstream.pdf')).toBeInTheDocument();
  });

  it('hands still images the diagram as the screen shows it', async () => {
    openAt('?scenario=rabbit-hole&step=3');
    renderApp({ scenarios: bundled('rabbit-hole') });
    const call = await chosen(/^SVG/);
    expect(call.source.screen).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* data-step="3"/,
    );
    expect(call.source.screen).toContain('data-entity="packet"');
  });
});

describe('after an export', () => {
  it('opening the menu again clears the last message', async () => {
    render(<ExportMenu scenario={scenario} model="real" reply={false} />);
    const call = await chosen(/^SVG/);
    call.resolve('rabbit-hole-step3.svg');
    await screen.findByText('Saved rabbit-hole-step3.svg');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('menu', { name: 'Export' })).toBeInTheDocument();
  });
});
