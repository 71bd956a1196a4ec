import { describe, expect, it } from 'vitest';
import { describeStep, endMark, hopBadgeSpecs } from '../../src/diagram';
import { noteHeading, rewriteNotes } from '../../src/diagram/state/rewriteNotes';
import { build } from './fixtures';

describe('hopBadgeSpecs', () => {
  it('numbers the three counted legs of the quiz and tags the masqueraded one', () => {
    const { layout, trace, routes } = build('rabbit-hole');
    const badges = hopBadgeSpecs(layout, trace, routes);
    expect(badges.map((b) => [b.step, b.hop, b.tag])).toEqual([
      [2, 1, null],
      [3, 2, 'SNAT + node crossing'],
      [4, 3, null],
    ]);
  });

  it('counts four in the naive picture', () => {
    const { layout, trace, routes } = build('rabbit-hole', { model: 'naive', reply: false });
    expect(hopBadgeSpecs(layout, trace, routes).map((b) => b.hop)).toEqual([1, 2, 3, 4]);
  });

  it('keeps badges at least four radii apart and off the packet where it waits', () => {
    for (const name of ['rabbit-hole', 'service-upstream', 'generated-50']) {
      const { layout, trace, routes } = build(name);
      const badges = hopBadgeSpecs(layout, trace, routes);
      badges.forEach((a, i) => {
        for (const b of badges.slice(i + 1)) {
          expect(Math.hypot(a.x - b.x, a.y - b.y), name).toBeGreaterThanOrEqual(4 * a.r - 1);
        }
      });
    }
  });
});

describe('endMark', () => {
  it.each([
    ['rabbit-hole', { kind: 'delivered', at: 'red-1', step: 4, label: 'delivered' }],
    [
      'path-miss-404',
      { kind: 'http-error', at: 'ingress-nginx-controller', step: 3, label: 'HTTP 404' },
    ],
    [
      'no-endpoints-503',
      { kind: 'http-error', at: 'ingress-nginx-controller', step: 3, label: 'HTTP 503' },
    ],
    ['local-outage', { kind: 'dropped', at: 'cloud-lb', step: 1, label: 'dropped' }],
  ])('%s ends with %o', (name, expected) => {
    expect(endMark(build(name).trace)).toEqual(expected);
  });

  it('marks every bundled ending on an entity the trace visits', () => {
    for (const name of [
      'ingress-down',
      'local-no-healthcheck',
      'lb-all-nodes',
      'nodeport-direct',
    ]) {
      const { trace, layout } = build(name);
      const mark = endMark(trace);
      expect(mark, name).not.toBeNull();
      expect(layout.entities[mark?.at ?? ''], name).toBeDefined();
    }
  });

  it('is null without a structured end', () => {
    expect(endMark({ steps: [] })).toBeNull();
  });
});

describe('describeStep', () => {
  const { trace } = build('rabbit-hole');
  it('says where the packet waits at step 0', () => {
    expect(describeStep(trace, 0)).toBe(
      'Step 0 of 8: the packet waits at the client. Packet: src 203.0.113.50:51000, dst 198.51.100.10:80.',
    );
  });

  it('names the leg, the hop, who rewrote what, and the packet', () => {
    const text = describeStep(trace, 3);
    expect(text).toMatch(/^Step 3 of 8: node-3 → ingress-nginx-controller, hop 2\./);
    expect(text).toContain(
      'kube-proxy (iptables) at node-3 rewrote the destination 192.168.10.13:32000 → 10.244.1.5:80 (DNAT)',
    );
    expect(text).toContain('Packet: src 192.168.10.13:39605, dst 10.244.1.5:80.');
  });

  it('adds the outcome at the last step', () => {
    expect(describeStep(trace, 8)).toMatch(/reply.*Outcome: delivered to red-1\.$/);
  });
});

describe('rewriteNotes', () => {
  const { trace } = build('service-upstream');
  it('groups the rewrites by the entity that made them, one row per field', () => {
    const notes = rewriteNotes(trace, 4);
    expect(
      notes.map((n) => [n.at, n.rows.map((r) => `${r.kind} ${r.field} ${r.before} ${r.after}`)]),
    ).toEqual([
      [
        'ingress-nginx-controller',
        [
          'proxy src 192.168.10.13:39605 10.244.1.5:52020',
          'proxy dst 10.244.1.5:80 10.96.45.20:80',
        ],
      ],
      ['node-1', ['DNAT dst 10.96.45.20:80 10.244.2.7:8080']],
    ]);
  });

  it('has none at step 0 or on a leg without rewrites', () => {
    expect(rewriteNotes(trace, 0)).toEqual([]);
    expect(rewriteNotes(trace, 1)).toEqual([]);
  });

  it.each([
    [4, 0, 'nginx opens a new connection'],
    [4, 1, 'kube-proxy (iptables)'],
    [7, 0, 'conntrack reverses the NAT'],
    [8, 0, 'cloud load balancer reverses its NAT'],
    [6, 1, 'nginx relays the reply'],
  ])('step %i note %i is headed %s', (step, index, heading) => {
    const note = rewriteNotes(trace, step)[index];
    expect(note && noteHeading(note)).toBe(heading);
  });
});
