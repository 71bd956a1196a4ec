import { describe, expect, it } from 'vitest';
import { createMarksStore } from '../../src/diagram/scene/marksStore';
import { NO_MARKS, type SceneMarks } from '../../src/diagram/state/stepMarks';

describe('createMarksStore', () => {
  it('holds the marks and tells subscribers of a change, once per change', () => {
    const store = createMarksStore();
    expect(store.get()).toBe(NO_MARKS);
    const calls: SceneMarks[] = [];
    const stop = store.subscribe(() => calls.push(store.get()));
    const next: SceneMarks = { entities: { 'node-3': 'active' }, rules: new Set(['rule:x']) };
    store.set(next);
    store.set(next);
    expect(calls).toEqual([next]);
    stop();
    store.set(NO_MARKS);
    expect(calls).toHaveLength(1);
    expect(store.get()).toBe(NO_MARKS);
  });
});
