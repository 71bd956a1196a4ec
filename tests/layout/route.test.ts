import { describe, expect, it } from 'vitest';
import { computeLayout, computeRoute, computeRoutes, type Point } from '../../src/layout';
import { type Leg, QUIZ_STEPS, quizScenario } from './fixtures';
import { distanceToRoute } from './helpers';

const layout = computeLayout(quizScenario());
const rest = (id: string) => layout.entities[id]?.rest;
const port = (node: string) => layout.nodes.find((n) => n.id === node)?.port as Point;

const reverse = (leg: Leg): Leg => ({ from: leg.to, to: leg.from, via: [...leg.via].reverse() });

// The quiz legs as the walk writes them: pods' host nodes are listed in `via`.
const WALK_LEGS: Leg[] = [
  ...QUIZ_STEPS.slice(0, 2),
  { from: 'node-3', to: 'ingress-nginx-controller', via: ['node-1'] },
  { from: 'ingress-nginx-controller', to: 'red-2', via: ['node-1', 'node-4'] },
];

describe('computeRoute', () => {
  it('starts at the from rest point and ends at the to rest point', () => {
    for (const leg of [...QUIZ_STEPS, ...WALK_LEGS]) {
      const route = computeRoute(layout, leg);
      expect(route.points[0]).toEqual(rest(leg.from));
      expect(route.points.at(-1)).toEqual(rest(leg.to));
      expect(route.d.startsWith(`M${rest(leg.from)?.x},${rest(leg.from)?.y}`)).toBe(true);
    }
  });

  it('follows the wiring: client to LB beside its text, LB down to the bus and along it', () => {
    const route = computeRoute(layout, { from: 'cloud-lb', to: 'node-3', via: [] });
    // LB rest (674.5,177) down its uplink to the bus (y 219.5), right to node-3's link (1144),
    // down to the rest height (262.5), left to the rest (977,262.5); corners of radius 23,
    // shrunk to half of the 42.5- and 43-unit runs: 21.25, 21.5, 21.5.
    const [first, last] = [route.points[0], route.points.at(-1)];
    expect([first, last]).toEqual([
      { x: 674.5, y: 177 },
      { x: 977, y: 262.5 },
    ]);
    const corners = (21.25 + 21.5 + 21.5) * (2 - Math.PI / 2);
    expect(route.length).toBeCloseTo(42.5 + 469.5 + 43 + 167 - corners, 0);
    expect(distanceToRoute(route, { x: 900, y: 219.5 })).toBe(0);
    expect(route.points.every((p) => p.y >= 177 && p.y <= 262.5)).toBe(true);
  });

  it('passes through the ports of the via nodes', () => {
    const inbound = computeRoute(layout, WALK_LEGS[2] as Leg);
    expect(distanceToRoute(inbound, port('node-1'))).toBe(0);
    const upstream = computeRoute(layout, WALK_LEGS[3] as Leg);
    expect(distanceToRoute(upstream, port('node-1'))).toBe(0);
    expect(distanceToRoute(upstream, port('node-4'))).toBe(0);
  });

  it('detours down to a via port off the way and back (conntrack on the receiving node)', () => {
    const reply = computeRoute(layout, {
      from: 'ingress-nginx-controller',
      to: 'cloud-lb',
      via: ['node-3'],
    });
    const direct = computeRoute(layout, {
      from: 'ingress-nginx-controller',
      to: 'cloud-lb',
      via: [],
    });
    expect(distanceToRoute(reply, port('node-3'))).toBe(0);
    expect(distanceToRoute(direct, port('node-3'))).toBeGreaterThan(50);
    expect(reply.points).toContainEqual(port('node-3'));
    expect(reply.length).toBeGreaterThan(direct.length);
  });

  it('gives the reversed polyline for the reply leg', () => {
    for (const leg of [...WALK_LEGS, { from: 'node-3', to: 'red-1', via: ['node-2'] }]) {
      const forward = computeRoute(layout, leg);
      const back = computeRoute(layout, reverse(leg));
      expect(back.points).toEqual([...forward.points].reverse());
      expect(back.length).toBeCloseTo(forward.length, 9);
    }
  });

  it('keeps a same-node pod-to-pod route off the bus', () => {
    const scenario = quizScenario({
      pods: [
        { name: 'ingress-nginx-controller', node: 'node-1', app: 'ingress-nginx' },
        { name: 'red-1', node: 'node-1', app: 'red' },
      ],
    });
    const sameNode = computeLayout(scenario);
    const node1 = sameNode.nodes[0];
    const route = computeRoute(sameNode, {
      from: 'ingress-nginx-controller',
      to: 'red-1',
      via: ['node-1'],
    });
    expect(route.points.every((p) => p.y > (node1?.y ?? 0))).toBe(true);
    expect(route.points[0]).toEqual(sameNode.entities['ingress-nginx-controller']?.rest);
    expect(route.points.at(-1)).toEqual(sameNode.entities['red-1']?.rest);
  });

  it('has no zero-length segment, also when from and to are the same entity', () => {
    const legs = [
      ...WALK_LEGS,
      { from: 'red-1', to: 'red-1', via: [] },
      { from: 'node-2', to: 'node-2', via: [] },
    ];
    for (const leg of legs) {
      const { points, length } = computeRoute(layout, leg);
      expect(length).toBeGreaterThan(0);
      points.slice(1).forEach((p, i) => {
        expect(p).not.toEqual(points[i]);
      });
    }
  });

  it('rounds corners into arcs', () => {
    const route = computeRoute(layout, WALK_LEGS[3] as Leg);
    expect(route.d).toMatch(/A23,23,0,0,[01],/);
  });

  it('refuses entities the layout does not have', () => {
    expect(() => computeRoute(layout, { from: 'red-1', to: 'service/red', via: [] })).toThrow(
      /service\/red/,
    );
    expect(() => computeRoute(layout, { from: 'red-1', to: 'red-2', via: ['node-9'] })).toThrow(
      /node-9/,
    );
  });

  it('is deterministic and maps every step of a trace', () => {
    const routes = computeRoutes(layout, {
      steps: WALK_LEGS.map((leg) => ({ ...leg, ...stepExtras })),
    });
    expect(routes).toHaveLength(4);
    expect(routes).toEqual(WALK_LEGS.map((leg) => computeRoute(layout, leg)));
  });
});

const stepExtras = {
  index: 1,
  counted: true,
  direction: 'request' as const,
  packet: { src: '', dst: '' },
  rewrites: [],
  note: '',
};
