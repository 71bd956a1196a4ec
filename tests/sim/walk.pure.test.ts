import { afterEach, describe, expect, it, vi } from 'vitest';
import { walk } from '../../src/sim';
import { domainScenario } from './fixtures';

describe('walk is pure', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives deep-equal traces for the same scenario and does not modify it', () => {
    const scenario = domainScenario({ serviceUpstream: true });
    const before = structuredClone(scenario);
    const a = walk(scenario, { reply: true });
    const b = walk(scenario, { reply: true });
    expect(a).toEqual(b);
    expect(scenario).toEqual(before);
  });

  it('walks a deeply frozen scenario', () => {
    const freeze = (value: unknown): void => {
      if (value && typeof value === 'object') {
        for (const inner of Object.values(value)) freeze(inner);
        Object.freeze(value);
      }
    };
    const scenario = domainScenario();
    freeze(scenario);
    expect(walk(scenario, { reply: true, model: 'naive' }).hops).toBe(4);
  });

  it('reads neither randomness nor the clock', () => {
    const boom = () => {
      throw new Error('impure');
    };
    vi.spyOn(Math, 'random').mockImplementation(boom);
    vi.spyOn(Date, 'now').mockImplementation(boom);
    vi.spyOn(performance, 'now').mockImplementation(boom);
    expect(walk(domainScenario({ mode: 'nftables' }), { reply: true }).delivered).toBe(true);
  });

  it('derives ports from the flow: another client port gives other translated ports', () => {
    const a = walk(domainScenario());
    const other = domainScenario();
    other.request.client.port = 51001;
    const b = walk(other);
    expect(b.steps[2]?.packet.src).not.toBe(a.steps[2]?.packet.src);
  });
});
