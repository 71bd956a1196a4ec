import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Clock,
  createManualClock,
  LEG_DURATION_MS,
  type PlayerView,
  subscribeProgress,
  type UsePlayerResult,
  usePlayer,
} from '../../src/player';
import { fakeMatchMedia } from './fakes';

interface ProbeProps {
  stepCount: number;
  clock: Clock;
  initialStep?: number;
  reducedMotion?: boolean;
  onRender: (result: UsePlayerResult) => void;
}

function Probe({ stepCount, clock, initialStep, reducedMotion, onRender }: ProbeProps) {
  const result = usePlayer(stepCount, { clock, initialStep, reducedMotion });
  onRender(result);
  return <p>{`step ${result.state.step} of ${result.state.stepCount}`}</p>;
}

function setup(props: Partial<ProbeProps> = {}) {
  const clock = createManualClock();
  const renders: UsePlayerResult[] = [];
  const all: ProbeProps = { stepCount: 5, clock, onRender: (r) => renders.push(r), ...props };
  const utils = render(<Probe {...all} />);
  const last = () => renders[renders.length - 1] as UsePlayerResult;
  return { clock, renders, last, all, ...utils };
}

describe('usePlayer', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does not re-render on progress-only changes', () => {
    const { clock, renders, last } = setup();
    act(() => last().dispatch({ type: 'next' }));
    const afterNext = renders.length;
    const view = last().state;
    const progress: number[] = [];
    subscribeProgress(last().store, (_step, p) => progress.push(p));
    act(() => clock.advance(LEG_DURATION_MS - 100));
    expect(progress.length).toBeGreaterThan(100);
    expect(renders.length).toBe(afterNext);
    expect(last().state).toBe(view);
    act(() => clock.advance(200));
    expect(last().store.getState().progress).toBe(1);
    expect(renders.length).toBe(afterNext);
  });

  it('re-renders when a discrete field changes, with a new view object', () => {
    const { renders, last } = setup();
    const before: PlayerView = last().state;
    act(() => last().dispatch({ type: 'setSpeed', speed: 2 }));
    expect(renders.length).toBe(2);
    expect(last().state).not.toBe(before);
    expect(last().state).toEqual({ ...before, speed: 2 });
    expect(Object.keys(last().state).sort()).toEqual([
      'playing',
      'reducedMotion',
      'speed',
      'step',
      'stepCount',
    ]);
  });

  it('opens at the initial step and keeps a stable dispatch', () => {
    const { last, renders } = setup({ initialStep: 3 });
    expect(screen.getByText('step 3 of 5')).toBeInTheDocument();
    act(() => last().dispatch({ type: 'next' }));
    expect(renders[0]?.dispatch).toBe(last().dispatch);
    expect(renders[0]?.store).toBe(last().store);
  });

  it('loads a new step count and clamps the step', () => {
    const { last, rerender, all } = setup({ initialStep: 4 });
    rerender(<Probe {...all} stepCount={2} />);
    expect(screen.getByText('step 2 of 2')).toBeInTheDocument();
    expect(last().store.getState().stepCount).toBe(2);
  });

  it('stops listening to the clock when unmounted', () => {
    const { clock, last, unmount } = setup();
    act(() => last().dispatch({ type: 'play' }));
    expect(clock.subscriberCount()).toBe(1);
    unmount();
    expect(clock.subscriberCount()).toBe(0);
  });

  it('still animates under StrictMode', () => {
    const clock = createManualClock();
    let result: UsePlayerResult | undefined;
    render(
      <StrictMode>
        <Probe
          stepCount={3}
          clock={clock}
          onRender={(r) => {
            result = r;
          }}
        />
      </StrictMode>,
    );
    act(() => result?.dispatch({ type: 'next' }));
    expect(clock.subscriberCount()).toBe(1);
    act(() => clock.advance(LEG_DURATION_MS));
    expect(result?.store.getState().progress).toBe(1);
    expect(screen.getByText('step 1 of 3')).toBeInTheDocument();
  });

  it('takes reduced motion from the option', () => {
    const { last } = setup({ reducedMotion: true });
    expect(last().state.reducedMotion).toBe(true);
    act(() => last().dispatch({ type: 'next' }));
    expect(last().store.getState().progress).toBe(1);
  });

  it('works without matchMedia (jsdom)', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { last } = setup();
    expect(last().state.reducedMotion).toBe(false);
  });

  it('follows prefers-reduced-motion and its changes', () => {
    const media = fakeMatchMedia(true);
    const { last } = setup();
    expect(last().state.reducedMotion).toBe(true);
    act(() => media.set(false));
    expect(last().state.reducedMotion).toBe(false);
  });

  it('lets the option override the media query', () => {
    fakeMatchMedia(true);
    const { last } = setup({ reducedMotion: false });
    expect(last().state.reducedMotion).toBe(false);
  });
});
