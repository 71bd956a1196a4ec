import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState } from '../../src/app/state/appReducer';
import type { AppState } from '../../src/app/state/types';
import type { UrlState } from '../../src/app/url/urlState';
import { BROKEN_RABBIT_HOLE, bundled, entry } from './helpers';

const URL_DEFAULTS: UrlState = { step: 0, model: 'real', reply: false };
const list = bundled('rabbit-hole', 'path-miss-404');

const name = (state: AppState) => state.shown?.scenario.metadata.name;

describe('appReducer: mode', () => {
  it('reads the mode from the URL and changes it', () => {
    const talk = initialAppState({ ...URL_DEFAULTS, mode: 'talk' }, list);
    expect(talk.mode).toBe('talk');
    const normal = appReducer(talk, { type: 'setMode', mode: undefined });
    expect('mode' in normal).toBe(false);
    expect(appReducer(normal, { type: 'setMode', mode: undefined })).toBe(normal);
    expect(appReducer(normal, { type: 'setMode', mode: 'embed' }).mode).toBe('embed');
  });

  it('restores the mode of a history entry (Back out of talk mode)', () => {
    const talk = initialAppState({ ...URL_DEFAULTS, mode: 'talk' }, list);
    const back = appReducer(talk, {
      type: 'restore',
      url: URL_DEFAULTS,
      local: false,
      bundled: list,
    });
    expect(back.mode).toBeUndefined();
    const forward = appReducer(back, {
      type: 'restore',
      url: { ...URL_DEFAULTS, mode: 'presenter' },
      local: false,
      bundled: list,
    });
    expect(forward.mode).toBe('presenter');
  });
});

describe('appReducer: follow (another window of the talk moved)', () => {
  const start = initialAppState({ ...URL_DEFAULTS, mode: 'presenter' }, list);

  it('takes scenario, model and reply, and keeps its own mode and theme', () => {
    const themed: AppState = { ...start, theme: 'dark' };
    const next = appReducer(themed, {
      type: 'follow',
      scenario: 'path-miss-404',
      model: 'naive',
      reply: true,
      bundled: list,
    });
    expect([name(next), next.model, next.reply, next.mode, next.theme]).toEqual([
      'path-miss-404',
      'naive',
      true,
      'presenter',
      'dark',
    ]);
  });

  it('changes nothing when it already shows that', () => {
    const action = {
      type: 'follow',
      scenario: 'rabbit-hole',
      model: 'real',
      reply: false,
      bundled: list,
    } as const;
    expect(appReducer(start, action)).toBe(start);
  });

  it('keeps its scenario when the other one is unknown or broken here (files stay local)', () => {
    const broken = [...list, entry('rabbit-hole-2.yaml', BROKEN_RABBIT_HOLE)];
    for (const scenario of ['my-own-file', 'rabbit-hole-2']) {
      const next = appReducer(start, {
        type: 'follow',
        scenario,
        model: 'naive',
        reply: false,
        bundled: broken,
      });
      expect(name(next)).toBe('rabbit-hole');
      expect(next.model).toBe('naive');
      expect(next.report).toBeNull();
    }
  });
});
