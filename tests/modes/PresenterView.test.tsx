import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createManualWallClock, PresenterView } from '../../src/modes';
import type { PlayerAction, PlayerView } from '../../src/player';
import { loadFixture, traceOf } from '../panels/fixtures';

const trace = traceOf('rabbit-hole');
const scenario = loadFixture('rabbit-hole');
const START = new Date(2025, 4, 6, 14, 5, 0).getTime();
const view = (step: number): PlayerView => ({
  step,
  stepCount: trace.steps.length,
  playing: false,
  speed: 1,
  reducedMotion: true,
});

function setup(step = 3) {
  const clock = createManualWallClock(START);
  const onAction = vi.fn<(a: PlayerAction) => void>();
  const onAudienceBlank = vi.fn<(b: boolean) => void>();
  const props = {
    trace,
    diagram: <svg data-testid="diagram" />,
    title: scenario.metadata.title,
    notes: scenario.notes,
    question: scenario.metadata.question,
    audienceBlank: false,
    onAudienceBlank,
    onAction,
    clock,
  };
  const result = render(<PresenterView {...props} player={view(step)} />);
  const rerender = (next: number, blank = false) =>
    result.rerender(<PresenterView {...props} player={view(next)} audienceBlank={blank} />);
  return { clock, onAction, onAudienceBlank, rerender };
}

const elapsed = () => screen.getByRole('timer').textContent;

describe('PresenterView: the step', () => {
  it("shows the current step's presenter notes in large type, and the audience caption", () => {
    setup(3);
    const notes = scenario.notes.filter((n) => n.step === 3);
    expect(notes.length).toBeGreaterThan(0);
    const shown = [...document.querySelectorAll('.pw-presenter-notes')].map((p) => p.textContent);
    expect(shown).toEqual(notes.map((n) => n.text));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(trace.steps[2]?.note ?? 'missing');
    expect(screen.getByRole('heading', { name: /^Now: Step 3 of 4/ })).toHaveTextContent(
      'Hop 2 of 3',
    );
  });

  it('shows packet, rewrites and rules of the current step', () => {
    setup(3);
    const leg = trace.steps[2];
    const main = screen.getByRole('main');
    for (const r of leg?.rewrites ?? []) {
      expect(main).toHaveTextContent(r.before);
      expect(main).toHaveTextContent(r.after);
    }
    expect(main).toHaveTextContent(leg?.packet.dst ?? 'missing');
  });

  it('summarises the next step, with its rewrites and its note; at the end, the outcome', () => {
    const { rerender } = setup(3);
    const next = screen.getByRole('heading', { name: /^Next:/ }).closest('section');
    expect(next).toHaveTextContent('Next: Step 4 of 4: ingress-nginx-controller → red-1');
    expect(next).toHaveTextContent(trace.steps[3]?.note ?? 'missing');
    expect(next).toHaveTextContent(scenario.notes.find((n) => n.step === 4)?.text ?? 'missing');
    rerender(4);
    expect(screen.getByRole('heading', { name: /^Next:/ })).toHaveTextContent(
      'the end of the walk',
    );
    expect(screen.getByRole('heading', { name: /^Next:/ }).closest('section')).toHaveTextContent(
      `Outcome: ${trace.outcome}.`,
    );
  });

  it('says so when a step has no presenter note (rabbit-hole has none at step 0)', () => {
    setup(0);
    expect(scenario.notes.some((n) => n.step === 0)).toBe(false);
    expect(screen.getByText('No presenter note for this step.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Next:/ }).closest('section')).toHaveTextContent(
      scenario.notes.find((n) => n.step === 1)?.text ?? 'missing',
    );
  });

  it('has its own controls and keys, and blanks the audience screen', async () => {
    const { onAction, onAudienceBlank } = setup(2);
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.keyboard('{PageUp}');
    expect(onAction.mock.calls.map(([a]) => a.type)).toEqual(['next', 'previous']);
    await userEvent.click(screen.getByRole('button', { name: 'Blank audience screen' }));
    await userEvent.keyboard('b');
    expect(onAudienceBlank.mock.calls).toEqual([[true], [true]]);
  });
});

describe('PresenterView: timer and clock', () => {
  it('starts, pauses, resumes and resets on the injected clock', async () => {
    const { clock } = setup(0);
    expect(elapsed()).toBe('00:00');
    expect(screen.getByText('14:05')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    act(() => clock.advance(65_000));
    expect(elapsed()).toBe('01:05');
    expect(screen.getByText('14:06')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    act(() => clock.advance(30_000));
    expect(elapsed()).toBe('01:05');
    await userEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    act(() => clock.advance(5000));
    expect(elapsed()).toBe('01:10');
    await userEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(elapsed()).toBe('00:00');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
  });

  it('starts by itself when the talk moves on for the first time', () => {
    const { clock, rerender } = setup(0);
    act(() => clock.advance(10_000));
    expect(elapsed()).toBe('00:00');
    rerender(1);
    act(() => clock.advance(3000));
    expect(elapsed()).toBe('00:03');
  });

  it('does not restart by itself after a reset', async () => {
    const { clock, rerender } = setup(0);
    rerender(1);
    await userEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    rerender(2);
    act(() => clock.advance(3000));
    expect(elapsed()).toBe('00:00');
  });
});
