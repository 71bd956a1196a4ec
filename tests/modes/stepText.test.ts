import { describe, expect, it } from 'vitest';
import { hopLabel, outcomeAt, packetAt, stepHeadline, stepRoute } from '../../src/modes';
import { traceOf } from '../panels/fixtures';

const trace = traceOf('rabbit-hole');
const reply = traceOf('rabbit-hole', { reply: true });

describe('step texts', () => {
  it.each<[number, string, string | null]>([
    [0, 'Start: the packet waits at the client', null],
    [1, 'Step 1 of 4: client → cloud-lb', 'Not a hop: before the load balancer'],
    [2, 'Step 2 of 4: cloud-lb → node-3', 'Hop 1 of 3'],
    [3, 'Step 3 of 4: node-3 → ingress-nginx-controller', 'Hop 2 of 3'],
    [4, 'Step 4 of 4: ingress-nginx-controller → red-1', 'Hop 3: 3 hops in all'],
  ])('step %i', (step, headline, hop) => {
    expect(stepHeadline(trace, step)).toBe(headline);
    expect(hopLabel(trace, step)).toBe(hop);
  });

  it('gives the route alone, the headline without its position', () => {
    expect(stepRoute(trace, 0)).toBe('Start: the packet waits at the client');
    expect(stepRoute(trace, 2)).toBe('cloud-lb → node-3');
    expect(stepRoute(reply, 5)).toMatch(/^[^:]+ → .+ \(reply\)$/);
    expect(stepHeadline(reply, 5)).toBe(`Step 5 of 8: ${stepRoute(reply, 5)}`);
  });

  it('names reply legs', () => {
    expect(stepHeadline(reply, 5)).toMatch(/^Step 5 of 8: .+ \(reply\)$/);
    expect(hopLabel(reply, 5)).toBe('Reply 1 of 4');
  });

  it('shows the packet about to leave at step 0, then each leg’s', () => {
    expect(packetAt(trace, 0)).toEqual(trace.steps[0]?.packet);
    expect(packetAt(trace, 3)).toEqual(trace.steps[2]?.packet);
  });

  it('tells the outcome on the last request leg only', () => {
    expect(outcomeAt(trace, 3)).toBeNull();
    expect(outcomeAt(trace, 4)).toBe(trace.outcome);
    expect(outcomeAt(reply, 4)).toBe(reply.outcome);
    expect(outcomeAt(reply, 8)).toBeNull();
  });
});
