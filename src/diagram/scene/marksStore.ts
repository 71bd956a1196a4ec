/**
 * A tiny external store for the step's marks (acting entity, destination, fired rule), so the
 * memoised static scene never re-renders on a step change: only the few entity wrappers whose
 * own mark changed do, through `useSyncExternalStore` with a per-entity selector.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { NO_MARKS, type SceneMarks } from '../state/stepMarks';

/** Holds the current step's marks and tells subscribers when they change. */
export interface MarksStore {
  get(): SceneMarks;
  set(marks: SceneMarks): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Creates a marks store.
 * @param initial - the first marks
 */
export function createMarksStore(initial: SceneMarks = NO_MARKS): MarksStore {
  let marks = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => marks,
    set(next) {
      if (next === marks) return;
      marks = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const fallback = createMarksStore();

/** The store the scene reads; NetworkDiagram provides it. */
export const MarksContext = createContext<MarksStore>(fallback);

/**
 * The marks of one entity, re-rendering the caller only when they change.
 * @param id - entity id
 * @returns space-separated marks (`active`, `target`), or `''`
 */
export function useEntityMarks(id: string): string {
  const store = useContext(MarksContext);
  const read = () => store.get().entities[id] ?? '';
  return useSyncExternalStore(store.subscribe, read, read);
}

/**
 * Whether a rule line fired on the current step.
 * @param id - rule line id (`rule:<node>:<namespace>/<service>`)
 */
export function useRuleActive(id: string): boolean {
  const store = useContext(MarksContext);
  const read = () => store.get().rules.has(id);
  return useSyncExternalStore(store.subscribe, read, read);
}
