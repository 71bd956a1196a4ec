import { describe, expect, it } from 'vitest';
import {
  parseStep,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/app/url/urlState';

const DEFAULTS: UrlState = { step: 0, model: 'real', reply: false };

describe('parseUrlState', () => {
  it.each<[string, UrlState]>([
    ['', DEFAULTS],
    ['?', DEFAULTS],
    ['?scenario=rabbit-hole', { ...DEFAULTS, scenario: 'rabbit-hole' }],
    ['scenario=rabbit-hole&step=3', { ...DEFAULTS, scenario: 'rabbit-hole', step: 3 }],
    ['?model=naive&reply=1', { ...DEFAULTS, model: 'naive', reply: true }],
    ['?model=NAIVE&reply=true', { ...DEFAULTS, model: 'naive', reply: true }],
    ['?model=real&reply=0', DEFAULTS],
    ['?model=wrong&reply=maybe', DEFAULTS],
    ['?theme=dark', { ...DEFAULTS, theme: 'dark' }],
    ['?theme=contrast', { ...DEFAULTS, theme: 'contrast' }],
    ['?theme=purple', DEFAULTS],
    ['?scenario=%20&step=', DEFAULTS],
    ['?scenario=no-such-thing', { ...DEFAULTS, scenario: 'no-such-thing' }],
    ['?scenario=a&scenario=b', { ...DEFAULTS, scenario: 'a' }],
    ['?mode=talk', { ...DEFAULTS, mode: 'talk' }],
    ['?mode=PRESENTER', { ...DEFAULTS, mode: 'presenter' }],
    ['?mode=embed&controls=1&origin=https://x.test', { ...DEFAULTS, mode: 'embed' }],
    ['?mode=kiosk', DEFAULTS],
    ['?mode=', DEFAULTS],
    [
      '?scenario=lb-all-nodes&step=5&model=naive&reply=1&theme=contrast&mode=talk',
      {
        scenario: 'lb-all-nodes',
        step: 5,
        model: 'naive',
        reply: true,
        theme: 'contrast',
        mode: 'talk',
      },
    ],
  ])('%s', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });
});

describe('parseStep clamps instead of rejecting', () => {
  it.each<[string | null, number]>([
    [null, 0],
    ['', 0],
    ['0', 0],
    ['4', 4],
    ['2.9', 2],
    ['-3', 0],
    ['abc', 0],
    ['NaN', 0],
    ['1e3', 1000],
    ['99999999999999999999', Number.MAX_SAFE_INTEGER],
    ['Infinity', Number.MAX_SAFE_INTEGER],
  ])('%s -> %i', (raw, step) => {
    expect(parseStep(raw)).toBe(step);
  });
});

describe('serializeUrlState', () => {
  it.each<[UrlState, string]>([
    [DEFAULTS, ''],
    [{ ...DEFAULTS, scenario: 'rabbit-hole' }, '?scenario=rabbit-hole'],
    [{ ...DEFAULTS, scenario: 'rabbit-hole', step: 2 }, '?scenario=rabbit-hole&step=2'],
    [
      { scenario: 'lb-all-nodes', step: 5, model: 'naive', reply: true, theme: 'dark' },
      '?scenario=lb-all-nodes&step=5&model=naive&reply=1&theme=dark',
    ],
    [{ ...DEFAULTS, step: 1 }, '?step=1'],
    [{ ...DEFAULTS, mode: 'embed' }, '?mode=embed'],
    [
      {
        scenario: 'rabbit-hole',
        step: 3,
        model: 'real',
        reply: false,
        theme: 'dark',
        mode: 'talk',
      },
      '?scenario=rabbit-hole&step=3&theme=dark&mode=talk',
    ],
  ])('%o -> %s', (state, search) => {
    expect(serializeUrlState(state)).toBe(search);
  });

  it("keeps the embed's own parameters and drops a stale mode", () => {
    const search = serializeUrlState(
      { ...DEFAULTS, scenario: 'rabbit-hole', step: 2, mode: 'embed' },
      '?mode=talk&controls=1&origin=https%3A%2F%2Fslides.test',
    );
    expect(search).toBe(
      '?scenario=rabbit-hole&step=2&mode=embed&controls=1&origin=https%3A%2F%2Fslides.test',
    );
    expect(serializeUrlState(DEFAULTS, '?mode=talk')).toBe('');
  });

  it('keeps parameters it does not own, after its own', () => {
    const search = serializeUrlState(
      { ...DEFAULTS, scenario: 'rabbit-hole', step: 1 },
      '?talk=1&step=9&scenario=old&model=naive',
    );
    expect(search).toBe('?scenario=rabbit-hole&step=1&talk=1');
  });

  it('round-trips every combination', () => {
    for (const scenario of [undefined, 'rabbit-hole', 'a b&c']) {
      for (const step of [0, 1, 7]) {
        for (const model of ['real', 'naive'] as const) {
          for (const reply of [false, true]) {
            for (const theme of [undefined, 'light', 'dark', 'contrast'] as const) {
              for (const mode of [undefined, 'talk', 'presenter', 'embed'] as const) {
                const state: UrlState = { step, model, reply };
                if (scenario !== undefined) state.scenario = scenario;
                if (theme !== undefined) state.theme = theme;
                if (mode !== undefined) state.mode = mode;
                expect(parseUrlState(serializeUrlState(state))).toEqual(state);
              }
            }
          }
        }
      }
    }
  });
});
