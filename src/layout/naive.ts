/**
 * The naive model's extra: a dashed box per app Service, drawn as if the Service were a hop on
 * the network (the common wrong picture, DOMAIN.md §2.3), to the right of the load balancer.
 */
import type { Scenario, Service } from '../model';
import type { CardBox, NodeBox } from './boxTypes';
import type { CardSizes } from './cardSizes';
import { clamp, pt } from './geometry';
import type { LineSpec } from './labels';
import { ingressPodNames } from './layoutNodes';
import { FULL } from './presets';
import { findService, selects } from './rules';
import { card } from './topBand';

/** A Service that gets a naive box, and where it would read best. */
export interface ServiceWish {
  service: Service;
  endpoints: number;
  /** Preferred centre x (between the ingress controller's and the endpoints' nodes). */
  x: number;
}

/**
 * Naive model: one dashed box per app Service, right of the LB, in order of preferred x.
 * @param wishes - Services with preferred positions
 * @param band - left and right edges of the free band (right of the LB card)
 * @param top - y of the top cards
 * @param busY - y of the first bus
 * @param sizes - card sizes at the layout's scale
 */
export function serviceBoxes(
  wishes: ServiceWish[],
  band: { left: number; right: number },
  top: number,
  busY: number,
  sizes: CardSizes,
): CardBox[] {
  const { left, right } = band;
  const gap = FULL.gutter;
  const sorted = [...wishes].sort((a, b) => a.x - b.x);
  const k = sorted.length;
  const width = Math.min(sizes.serviceWidth, (right - left - (k - 1) * gap) / Math.max(k, 1));
  const xs: number[] = [];
  sorted.forEach((wish, i) => {
    const min = i === 0 ? left : (xs[i - 1] ?? left) + width + gap;
    xs.push(clamp(wish.x - width / 2, min, right - (k - i) * width - (k - i - 1) * gap));
  });
  return sorted.map(({ service, endpoints }, i) => {
    const specs: LineSpec[] = [
      { role: 'title', text: `Service ${service.name}` },
      {
        role: 'mono',
        text: `ClusterIP ${service.clusterIP}:${service.ports.map((p) => p.port).join(',')}`,
      },
      { role: 'body', text: `selects ${endpoints} pod${endpoints === 1 ? '' : 's'}` },
    ];
    const base = card(
      `service/${service.name}`,
      'service',
      { x: xs[i] ?? left, y: top, width },
      specs,
      sizes,
    );
    const cx = base.x + base.width / 2;
    const bottom = base.y + base.height;
    return { ...base, rest: pt(cx, (bottom + busY) / 2), anchor: pt(cx, bottom), lane: null };
  });
}

/**
 * Every app Service (not the controller's, not the LB's), with where its box reads best:
 * between the ingress controller's node and its endpoints' nodes.
 * @param scenario - the resolved scenario
 * @param nodes - the laid-out nodes
 * @param width - canvas width
 */
export function serviceWishes(scenario: Scenario, nodes: NodeBox[], width: number): ServiceWish[] {
  const portX = new Map(nodes.map((n) => [n.id, n.port.x]));
  const podNode = new Map(scenario.cluster.pods.map((p) => [p.name, p.node]));
  const controller = [...ingressPodNames(scenario)][0];
  const skip = new Set(
    [scenario.ingressController.service, scenario.loadBalancer.service].map((ref) =>
      findService(scenario, ref),
    ),
  );
  return scenario.services
    .filter((service) => !skip.has(service))
    .map((service) => {
      const endpoints = scenario.cluster.pods.filter((pod) => selects(service.selector, pod));
      const names = [...(controller ? [controller] : []), ...endpoints.map((p) => p.name)];
      const xs = names.flatMap((name) => portX.get(podNode.get(name) ?? '') ?? []);
      const x = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : width * 0.75;
      return { service, endpoints: endpoints.length, x };
    });
}
