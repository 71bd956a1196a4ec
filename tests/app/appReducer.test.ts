import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState } from '../../src/app/state/appReducer';
import type { AppState } from '../../src/app/state/types';
import type { UrlState } from '../../src/app/url/urlState';
import { loadScenario } from '../../src/model';
import { BROKEN_RABBIT_HOLE, bundled, entry, retitledRabbitHole, scenarioText } from './helpers';

const URL_DEFAULTS: UrlState = { step: 0, model: 'real', reply: false };
const list = bundled('rabbit-hole', 'path-miss-404', 'local-outage');

function shownName(state: AppState): string | undefined {
  return state.shown?.scenario.metadata.name;
}

describe('initialAppState', () => {
  it('opens rabbit-hole without ?scenario=', () => {
    const state = initialAppState(URL_DEFAULTS, list);
    expect(shownName(state)).toBe('rabbit-hole');
    expect(state.report).toBeNull();
  });

  it('takes scenario, model, reply and theme from the URL', () => {
    const url: UrlState = {
      scenario: 'path-miss-404',
      step: 2,
      model: 'naive',
      reply: true,
      theme: 'dark',
    };
    const state = initialAppState(url, list);
    expect(shownName(state)).toBe('path-miss-404');
    expect([state.model, state.reply, state.theme]).toEqual(['naive', true, 'dark']);
  });

  it('reports an unknown scenario, lists the available ones and shows rabbit-hole', () => {
    const state = initialAppState({ ...URL_DEFAULTS, scenario: 'nope' }, list);
    expect(shownName(state)).toBe('rabbit-hole');
    expect(state.report?.entries).toEqual([
      {
        message:
          'no bundled scenario named nope; available: rabbit-hole, path-miss-404, local-outage',
      },
    ]);
  });

  it('reports a bundled file that fails, with file:line:col, and shows rabbit-hole', () => {
    const broken = [...list, entry('broken.yaml', 'apiVersion: packetwalk/v1\nkind: Nope\n')];
    const state = initialAppState({ ...URL_DEFAULTS, scenario: 'broken' }, broken);
    expect(shownName(state)).toBe('rabbit-hole');
    expect(state.report?.title).toBe('scenarios/broken.yaml did not load');
    expect(state.report?.entries).toContainEqual({
      file: 'scenarios/broken.yaml',
      line: 2,
      column: 7,
      message: '`kind` must be Scenario, got string "Nope"',
      severity: 'error',
    });
  });
});

describe('appReducer', () => {
  const start = initialAppState(URL_DEFAULTS, list);

  it('switches bundled scenarios and clears the report', () => {
    const unknown = appReducer(start, { type: 'selectBundled', name: 'zzz', bundled: list });
    const next = appReducer(unknown, {
      type: 'selectBundled',
      name: 'local-outage',
      bundled: list,
    });
    expect(shownName(next)).toBe('local-outage');
    expect(next.report).toBeNull();
  });

  it('keeps the scenario on screen when an opened file fails, and reports it', () => {
    const result = loadScenario(BROKEN_RABBIT_HOLE, { fileName: 'mine.yaml' });
    const next = appReducer(start, { type: 'openedFile', fileName: 'mine.yaml', result });
    expect(next.shown).toBe(start.shown);
    expect(next.report?.title).toBe('mine.yaml did not load');
    expect(next.report?.entries).toContainEqual(
      expect.objectContaining({ file: 'mine.yaml', line: 4, column: 1 }),
    );
    expect(next.report?.note).toBe('Still showing the last good scenario: Down the rabbit hole.');
  });

  it('shows an opened file that loads, and remembers it for Back/Forward', () => {
    const result = loadScenario(retitledRabbitHole('Mine'), { fileName: 'mine.yaml' });
    const next = appReducer(start, { type: 'openedFile', fileName: 'mine.yaml', result });
    expect(next.shown?.origin).toEqual({ kind: 'file', fileName: 'mine.yaml' });
    expect(next.opened).toBe(next.shown);
    const back = appReducer(next, {
      type: 'restore',
      url: URL_DEFAULTS,
      local: false,
      bundled: list,
    });
    expect(back.shown?.origin.kind).toBe('bundled');
    const forward = appReducer(back, {
      type: 'restore',
      url: URL_DEFAULTS,
      local: true,
      bundled: list,
    });
    expect(forward.shown?.scenario.metadata.title).toBe('Mine');
  });

  it('reports a file that could not be read at all', () => {
    const next = appReducer(start, { type: 'openFailed', fileName: 'a.txt', message: 'nope' });
    expect(next.report?.entries).toEqual([{ file: 'a.txt', message: 'nope' }]);
    expect(next.shown).toBe(start.shown);
  });

  it('keeps the last good version when a hot update breaks the file on screen', () => {
    const broken = [entry('rabbit-hole.yaml', BROKEN_RABBIT_HOLE), ...list.slice(1)];
    const next = appReducer(start, { type: 'bundledChanged', bundled: broken });
    expect(next.shown).toBe(start.shown);
    expect(next.report?.title).toBe('scenarios/rabbit-hole.yaml did not load');
    expect(next.report?.entries).toContainEqual(
      expect.objectContaining({ file: 'scenarios/rabbit-hole.yaml', line: 4, column: 1 }),
    );
    const fixed = [entry('rabbit-hole.yaml', retitledRabbitHole('Fixed')), ...list.slice(1)];
    const after = appReducer(next, { type: 'bundledChanged', bundled: fixed });
    expect(after.shown?.scenario.metadata.title).toBe('Fixed');
    expect(after.report).toBeNull();
  });

  it('leaves an opened file alone on a hot update of the bundled files', () => {
    const result = loadScenario(scenarioText('local-policy'), { fileName: 'x.yaml' });
    const opened = appReducer(start, { type: 'openedFile', fileName: 'x.yaml', result });
    const next = appReducer(opened, { type: 'bundledChanged', bundled: bundled('rabbit-hole') });
    expect(next.shown).toBe(opened.shown);
  });

  it('toggles model, reply and theme, returning the same state when nothing changes', () => {
    expect(appReducer(start, { type: 'setModel', model: 'real' })).toBe(start);
    expect(appReducer(start, { type: 'setModel', model: 'naive' }).model).toBe('naive');
    expect(appReducer(start, { type: 'setReply', reply: true }).reply).toBe(true);
    const dark = appReducer(start, { type: 'setTheme', theme: 'dark' });
    expect(dark.theme).toBe('dark');
    expect('theme' in appReducer(dark, { type: 'setTheme', theme: undefined })).toBe(false);
    expect(appReducer(start, { type: 'dismissReport' })).toBe(start);
  });
});
