import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenario, setup, trace } from './talkHarness';

const blanked = () => document.querySelector('[data-blank="true"]');

describe('TalkView', () => {
  it('is the diagram and a caption: no header, no side panel', () => {
    setup();
    expect(screen.getByTestId('diagram')).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Down the rabbit hole');
  });

  it('captions the step: note, packet, each rewrite; presenter notes stay out', () => {
    setup(3);
    const caption = screen.getByRole('region', { name: 'Caption' });
    const leg = trace.steps[2];
    expect(caption).toHaveTextContent('Step 3 of 4: node-3 → ingress-nginx-controller');
    expect(caption).toHaveTextContent('Hop 2 of 3');
    expect(caption).toHaveTextContent(leg?.note ?? 'missing');
    for (const text of [leg?.packet.src, leg?.packet.dst])
      expect(caption).toHaveTextContent(text ?? 'x');
    for (const r of leg?.rewrites ?? []) {
      expect(caption).toHaveTextContent(r.before);
      expect(caption).toHaveTextContent(r.after);
    }
    expect(within(caption).getByText('DNAT')).toBeInTheDocument();
    const notes = scenario.notes.filter((n) => n.step === 3);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(caption).not.toHaveTextContent(n.text);
    expect(document.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
  });

  it('N shows the narration in the caption and hides it again; hidden, screen readers still get it', async () => {
    setup(3);
    const note = trace.steps[2]?.note ?? 'missing';
    const shown = () => screen.getByText(note).className !== 'pw-visually-hidden';
    expect(shown()).toBe(false);
    expect(screen.getByRole('region', { name: 'Caption' })).toHaveTextContent(note);
    await userEvent.keyboard('n');
    expect(shown()).toBe(true);
    await userEvent.keyboard('n');
    expect(shown()).toBe(false);
  });

  it('asks the question at step 0', () => {
    setup(0);
    expect(screen.getByRole('region', { name: 'Caption' })).toHaveTextContent(
      scenario.metadata.question ?? 'missing',
    );
  });

  it('steps with clicker keys', async () => {
    const { spies } = setup(2);
    await userEvent.keyboard('{PageDown}{PageUp}{ArrowRight}{ArrowLeft}');
    expect(spies.onAction.mock.calls.map(([a]) => a.type)).toEqual([
      'next',
      'previous',
      'next',
      'previous',
    ]);
  });

  it('B and . blank and unblank the screen; Escape unblanks', async () => {
    setup();
    expect(blanked()).toBeNull();
    await userEvent.keyboard('b');
    expect(blanked()).not.toBeNull();
    expect(blanked()).toBeEmptyDOMElement();
    await userEvent.keyboard('B');
    expect(blanked()).toBeNull();
    await userEvent.keyboard('.');
    expect(blanked()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(blanked()).toBeNull();
  });

  it('F toggles full screen, S opens the presenter view, T leaves', async () => {
    const { spies } = setup();
    await userEvent.keyboard('f');
    await userEvent.keyboard('s');
    await userEvent.keyboard('t');
    expect(spies.onFullscreen).toHaveBeenCalledTimes(1);
    expect(spies.onPresenter).toHaveBeenCalledTimes(1);
    expect(spies.onExit).toHaveBeenCalledTimes(1);
  });

  it('lists its keys in the shortcuts overlay', async () => {
    setup();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of [
      'Blank the screen, or show it again',
      'Full screen on or off',
      'Leave talk mode',
      'Open the presenter view',
      'Next step',
    ]) {
      expect(dialog).toHaveTextContent(text);
    }
  });
});
