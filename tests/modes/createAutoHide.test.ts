import { describe, expect, it } from 'vitest';
import { AUTO_HIDE_MS, createAutoHide, createManualWallClock } from '../../src/modes';

function setup() {
  const clock = createManualWallClock();
  const changes: boolean[] = [];
  const hide = createAutoHide({ clock, onChange: (v) => changes.push(v) });
  return { clock, changes, hide };
}

describe('createAutoHide', () => {
  it('starts hidden, shows on a poke, hides after the delay', () => {
    const { clock, changes, hide } = setup();
    expect(hide.visible()).toBe(false);
    hide.poke();
    expect(hide.visible()).toBe(true);
    clock.advance(AUTO_HIDE_MS - 1);
    expect(hide.visible()).toBe(true);
    clock.advance(1);
    expect(hide.visible()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('restarts the countdown on every poke (one change only)', () => {
    const { clock, changes, hide } = setup();
    hide.poke();
    clock.advance(2000);
    hide.poke();
    clock.advance(2000);
    expect(hide.visible()).toBe(true);
    clock.advance(AUTO_HIDE_MS);
    expect(changes).toEqual([true, false]);
    expect(clock.pending()).toBe(0);
  });

  it('stays while held and hides a delay after release', () => {
    const { clock, hide } = setup();
    hide.hold(true);
    clock.advance(60_000);
    expect(hide.visible()).toBe(true);
    hide.hold(false);
    clock.advance(AUTO_HIDE_MS);
    expect(hide.visible()).toBe(false);
  });

  it('is silent after destroy', () => {
    const { clock, changes, hide } = setup();
    hide.poke();
    hide.destroy();
    clock.advance(AUTO_HIDE_MS * 2);
    expect(changes).toEqual([true]);
    expect(clock.pending()).toBe(0);
  });
});
