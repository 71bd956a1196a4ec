import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createManualWallClock } from '../../src/modes';
import { modeReady, narration, openAt, position, renderAppReady } from './harness';

beforeEach(() => openAt());

const mode = () => document.documentElement.dataset.mode;
const theme = () => document.documentElement.dataset.theme;

describe('App: talk mode', () => {
  it('?mode=talk hides the chrome and shows the caption, in high contrast', async () => {
    openAt('?scenario=rabbit-hole&step=2&mode=talk');
    await renderAppReady();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByRole('region', { name: 'Caption' })).toHaveTextContent('Hop 1 of 3');
    expect(narration()).toHaveTextContent('Step 2 of 4');
    expect(document.querySelector('[data-entity="packet"]')).not.toBeNull();
    expect([mode(), theme()]).toEqual(['talk', 'contrast']);
  });

  it('takes theme= over the contrast default', async () => {
    openAt('?mode=talk&theme=dark');
    await renderAppReady();
    expect(theme()).toBe('dark');
  });

  it('T toggles talk mode (a history entry each way), keeping the step', async () => {
    openAt('?scenario=rabbit-hole&step=3');
    await renderAppReady();
    const entries = window.history.length;
    await userEvent.keyboard('t');
    await modeReady();
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=3&mode=talk');
    expect(screen.queryByRole('banner')).toBeNull();
    await userEvent.keyboard('{PageDown}');
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=4&mode=talk');
    await userEvent.keyboard('t');
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=4');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(position()).toBe('Step 4 of 4');
    expect(window.history.length).toBe(entries + 3);
    expect(mode()).toBeUndefined();
    act(() => window.history.back());
    await waitFor(() =>
      expect(window.location.search).toBe('?scenario=rabbit-hole&step=4&mode=talk'),
    );
    expect(screen.queryByRole('banner')).toBeNull();
  });

  it('leaving talk mode shows a blanked screen again', async () => {
    openAt('?mode=talk');
    await renderAppReady();
    await userEvent.keyboard('b');
    expect(document.querySelector('[data-blank="true"]')).not.toBeNull();
    await userEvent.keyboard('t');
    await userEvent.keyboard('t');
    expect(document.querySelector('[data-blank="true"]')).toBeNull();
  });

  it('S and the button open the presenter view at the same step', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    openAt('?scenario=rabbit-hole&step=2&mode=talk');
    await renderAppReady();
    await userEvent.keyboard('s');
    await userEvent.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledTimes(2);
    const [url, name] = open.mock.calls[0] ?? [];
    expect(String(url)).toMatch(/\?scenario=rabbit-hole&step=2&mode=presenter$/);
    expect(name).toBe('packetwalk-presenter');
    open.mockRestore();
  });
});

describe('App: copy link to this step', () => {
  it('copies the absolute URL from the header and says "Copied"', async () => {
    const user = userEvent.setup();
    const clock = createManualWallClock();
    openAt('?scenario=path-miss-404&step=2&model=naive');
    await renderAppReady({ wallClock: clock });
    const button = screen.getByRole('button', { name: 'Copy link to this step' });
    await user.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?scenario=path-miss-404&step=2&model=naive`,
    );
    expect(screen.getByText('Link copied to the clipboard')).toBeInTheDocument();
    act(() => clock.advance(3000));
    expect(button).toHaveTextContent('Copy link');
  });

  it('from the hidden talk controls too, with the mode in the link', async () => {
    const user = userEvent.setup();
    openAt('?scenario=rabbit-hole&step=1&mode=talk');
    await renderAppReady({ wallClock: createManualWallClock() });
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Copied link to this step' })).toHaveTextContent(
        'Copied',
      ),
    );
    expect(await navigator.clipboard.readText()).toMatch(
      /\?scenario=rabbit-hole&step=1&mode=talk$/,
    );
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    openAt('?scenario=rabbit-hole&step=1');
    await renderAppReady();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    const field = await screen.findByRole('textbox', { name: /Link to this step/ });
    expect(field).toHaveValue(`${window.location.origin}/?scenario=rabbit-hole&step=1`);
    expect(field).toHaveFocus();
    expect([writeText.mock.calls.length, execCommand.mock.calls.length]).toEqual([1, 1]);
    Reflect.deleteProperty(navigator, 'clipboard');
    Reflect.deleteProperty(document, 'execCommand');
  });
});
