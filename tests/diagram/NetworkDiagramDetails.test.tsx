import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { build } from './fixtures';
import { packetOf, renderDiagram } from './render';

const rabbit = build('rabbit-hole');
const { layout, trace } = rabbit;
describe('NetworkDiagram, details', () => {
  it('is an image named after the scenario and described by the step', () => {
    renderDiagram(rabbit, { step: 3 });
    const svg = screen.getByRole('img', { name: 'Packet path: rabbit-hole' });
    // The layout's tight viewBox: content bounds plus its margin, no empty bands.
    const vb = layout.viewBox;
    expect(vb).toEqual({ x: 16, y: 0, width: 1568, height: 900 });
    expect(svg).toHaveAttribute('viewBox', '16 0 1568 900');
    expect(svg).toHaveAttribute('preserveAspectRatio', 'xMidYMid meet');
    expect(svg).toHaveAccessibleDescription(
      /^Step 3 of 8: node-3 → ingress-nginx-controller, hop 2\./,
    );
  });

  it('takes a title and a class', () => {
    renderDiagram(rabbit, { title: 'Down the rabbit hole', className: 'stage' });
    expect(screen.getByRole('img', { name: 'Down the rabbit hole' })).toHaveClass(
      'pw-diagram',
      'stage',
    );
  });

  it('tags the masqueraded hop "SNAT + node crossing"', () => {
    const { container } = renderDiagram(rabbit, { step: 3 });
    expect(container.querySelector('[data-hop="2"] [data-tag]')).toHaveTextContent(
      'SNAT + node crossing',
    );
    expect(container.querySelector('[data-hop="1"] [data-tag]')).toBeNull();
  });

  it('shows the NAT event on the node that made it, old and new values as text', () => {
    const { container } = renderDiagram(rabbit, { step: 3 });
    const callout = container.querySelector('[data-callout="node-3"]');
    expect(callout).toHaveTextContent('kube-proxy (iptables)');
    for (const text of [
      '192.168.10.13:32000',
      '10.244.1.5:80',
      '203.0.113.50:51000',
      '192.168.10.13:39605',
    ]) {
      expect(callout).toHaveTextContent(text);
    }
    expect(container.querySelectorAll('[data-callout]')).toHaveLength(1);
  });

  it('glows the pod that got the request once it is delivered, and keeps it during the reply', () => {
    expect(renderDiagram(rabbit, { step: 3 }).container.querySelector('[data-end]')).toBeNull();
    for (const step of [4, 8]) {
      const { container, unmount } = renderDiagram(rabbit, { step });
      const end = container.querySelector('[data-end="delivered"]');
      expect(end).toHaveAttribute('data-at', 'red-1');
      expect(end).toHaveTextContent('delivered');
      unmount();
    }
  });

  it('never draws the ClusterIP Service as a box in the real model', () => {
    const { container } = renderDiagram(rabbit, { step: trace.steps.length });
    expect(container.querySelectorAll('[data-entity^="service/"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-rule$="default/red"]')).toHaveLength(
      layout.nodes.length,
    );
  });
});

describe('NetworkDiagram on other scenarios', () => {
  it('draws the naive picture: a dashed, captioned Service box and four hops', () => {
    const naive = build('rabbit-hole', { model: 'naive', reply: false });
    const { container } = renderDiagram(naive, { step: naive.trace.steps.length });
    const service = container.querySelector('[data-entity="service/red"]');
    expect(service).toHaveTextContent('not real: a Service is');
    expect(service?.querySelector('.pw-card--dashed')).not.toBeNull();
    expect(
      [...container.querySelectorAll('[data-hop]')].map((b) => b.getAttribute('data-hop')),
    ).toEqual(['1', '2', '3', '4']);
  });

  it('shows the controller answering HTTP 404', () => {
    const miss = build('path-miss-404');
    const { container } = renderDiagram(miss, { step: 3 });
    const end = container.querySelector('[data-end="http-error"]');
    expect(end).toHaveAttribute('data-at', 'ingress-nginx-controller');
    expect(end).toHaveTextContent('HTTP 404');
  });

  it('marks a packet dropped at the load balancer', () => {
    const outage = build('local-outage');
    const { container } = renderDiagram(outage, { step: 1 });
    const end = container.querySelector('[data-end="dropped"]');
    expect(end).toHaveAttribute('data-at', 'cloud-lb');
    expect(end).toHaveTextContent('✕ dropped');
  });

  it('draws each of 50 nodes and 100 pods once', () => {
    const big = build('generated-50');
    const { container } = renderDiagram(big, { step: 3 });
    expect(container.querySelectorAll('[data-kind="node"]')).toHaveLength(50);
    expect(container.querySelectorAll('[data-kind="pod"]')).toHaveLength(100);
    for (const id of Object.keys(big.layout.entities)) {
      expect(container.querySelectorAll(`[data-entity="${id}"]`), id).toHaveLength(1);
    }
  });

  it('clamps a step beyond the trace to its last step', () => {
    const { container } = renderDiagram(rabbit, { step: 99 });
    expect(packetOf(container)).toHaveAttribute('data-step', String(trace.steps.length));
  });
});
