import { describe, expect, it } from 'vitest';
import { walk } from '../../src/sim';
import { domainScenario } from './fixtures';
import { rewrite, step } from './helpers';

// The naive model: the common wrong picture, a ClusterIP Service as a box and a hop.
describe('walk, naive model', () => {
  const real = walk(domainScenario());
  const naive = walk(domainScenario(), { model: 'naive' });

  it('counts four hops, the Service box being the extra one', () => {
    expect(naive).toMatchObject({
      model: 'naive',
      hops: 4,
      delivered: true,
      outcome: 'delivered to red-1',
    });
    expect(naive.steps.slice(0, 3)).toEqual(real.steps.slice(0, 3));
    expect(naive.steps.map((s) => [s.from, s.to, s.hop])).toEqual([
      ['client', 'cloud-lb', undefined],
      ['cloud-lb', 'node-3', 1],
      ['node-3', 'ingress-nginx-controller', 2],
      ['ingress-nginx-controller', 'service/red', 3],
      ['service/red', 'red-1', 4],
    ]);
  });

  it('sends to the ClusterIP, then DNATs at the Service box', () => {
    const toBox = step(naive, 4);
    expect(toBox.packet.dst).toBe('10.96.45.20:80');
    expect(rewrite(toBox, 'proxy').after).toBe(`${toBox.packet.src} -> 10.96.45.20:80`);
    const toPod = step(naive, 5);
    expect(toPod.packet).toEqual({ src: toBox.packet.src, dst: '10.244.2.7:8080' });
    expect(rewrite(toPod, 'DNAT')).toMatchObject({
      at: 'service/red',
      before: '10.96.45.20:80',
      after: '10.244.2.7:8080',
      by: 'kube-proxy (iptables)',
    });
    expect(toBox.note).toContain('Misconception');
    expect(toPod.note).toContain('Misconception');
  });

  it('replies through the box too', () => {
    const t = walk(domainScenario(), { model: 'naive', reply: true });
    const back = t.steps.filter((s) => s.direction === 'reply');
    expect(back.map((s) => [s.from, s.to])).toEqual([
      ['red-1', 'service/red'],
      ['service/red', 'ingress-nginx-controller'],
      ['ingress-nginx-controller', 'node-3'],
      ['node-3', 'cloud-lb'],
      ['cloud-lb', 'client'],
    ]);
    expect(back[1]?.rewrites[0]).toMatchObject({
      kind: 'SNAT',
      at: 'service/red',
      before: '10.244.2.7:8080',
      after: '10.96.45.20:80',
      undo: true,
    });
  });

  it('is the same as real when the request never reaches an app Service', () => {
    const o = { path: '/nope' };
    expect(walk(domainScenario(o), { model: 'naive' }).steps).toEqual(
      walk(domainScenario(o)).steps,
    );
  });
});
