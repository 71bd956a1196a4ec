import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MAX_STEP } from './support/args';
import { Playground, type PlaygroundProps } from './support/playground/Playground';
import {
  MAX_RED_REPLICAS,
  PLAYGROUND_NODES,
  QUIZ_OPTIONS,
} from './support/playground/playgroundScenario';

const meta = {
  title: 'Introduction/Playground',
  component: Playground,
  args: {
    ...QUIZ_OPTIONS,
    lbTargets: [...QUIZ_OPTIONS.lbTargets],
    model: 'real',
    reply: false,
    stepIndex: MAX_STEP,
    width: 1280,
    height: 800,
  },
  argTypes: {
    proxyMode: { control: 'inline-radio', options: ['iptables', 'ipvs', 'nftables', 'ebpf'] },
    externalTrafficPolicy: { control: 'inline-radio', options: ['Cluster', 'Local'] },
    lbTargets: {
      name: 'LB targets',
      control: 'inline-check',
      options: [...PLAYGROUND_NODES],
      description: 'The nodes the cloud load balancer forwards to',
    },
    ingressNode: {
      name: 'ingress controller node',
      control: 'inline-radio',
      options: [...PLAYGROUND_NODES],
    },
    redReplicas: {
      name: 'red replicas',
      control: { type: 'range', min: 0, max: MAX_RED_REPLICAS, step: 1 },
    },
    requestPath: { name: 'request path', control: 'text' },
    serviceUpstream: {
      name: 'service-upstream annotation',
      control: 'boolean',
      description: 'nginx connects to the ClusterIP; kube-proxy on its node picks the pod',
    },
    chooseTarget: {
      name: 'request.choose.target',
      control: { type: 'select', labels: { '': '(none: the first candidate)' } },
      options: ['', ...PLAYGROUND_NODES],
      description: 'Pin the LB target (empty: the first candidate)',
    },
    model: { control: 'inline-radio', options: ['real', 'naive'] },
    reply: { name: 'reply path', control: 'boolean' },
    stepIndex: {
      name: 'step',
      control: { type: 'range', min: 0, max: MAX_STEP, step: 1 },
      description: 'The step shown; past the last step shows the last',
    },
    width: { control: { type: 'number', min: 640, max: 1920, step: 10 } },
    height: { control: { type: 'number', min: 480, max: 1200, step: 10 } },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The quiz cluster with every knob on a control. Each change writes the YAML file anew and loads it with `loadScenario`, as a user file: invalid combinations show their diagnostics, failing walks their outcome.',
      },
    },
  },
} satisfies Meta<PlaygroundProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const hopCounter = (root: HTMLElement) => within(root).getByRole('region', { name: 'Hop counter' });

/** The quiz as it stands: three hops. Turn the controls. */
export const Default: Story = {
  name: 'Playground',
  play: async ({ canvasElement }) => {
    await expect(hopCounter(canvasElement)).toHaveTextContent('3 hops');
  },
};

/** Switched to the naive picture: the Service counted as a hop makes four. */
export const Naive: Story = {
  args: { model: 'naive' },
  play: async ({ canvasElement }) => {
    await expect(hopCounter(canvasElement)).toHaveTextContent('4 hops');
    await expect(canvasElement.querySelector('[data-entity="service/red"]')).not.toBeNull();
  },
};

/**
 * service-upstream: nginx connects to the ClusterIP and kube-proxy on the controller's own
 * node DNATs it to a pod before it leaves: still three hops.
 */
export const ServiceUpstream: Story = {
  args: { serviceUpstream: true },
  play: async ({ canvasElement }) => {
    await expect(hopCounter(canvasElement)).toHaveTextContent('3 hops');
    const rewrites = within(canvasElement).getByRole('region', { name: 'Rewrites' });
    await expect(rewrites).toHaveTextContent('kube-proxy (iptables) on node-1');
  },
};

/** Local policy, controller on an untargeted node: every target fails the health check. */
export const LocalUntargeted: Story = {
  args: { externalTrafficPolicy: 'Local' },
  play: async ({ canvasElement }) => {
    const outcome = within(canvasElement).getByRole('region', { name: 'Outcome' });
    await expect(outcome).toHaveTextContent(/dropped/i);
  },
};

/** The same plus a `choose` of node-3: the loader refuses the file, with the reason. */
export const LocalWithChoose: Story = {
  args: { externalTrafficPolicy: 'Local', chooseTarget: 'node-3' },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('playground.yaml did not load');
    await expect(alert).toHaveTextContent(
      /playground\.yaml:\d+:\d+: .*fails the load balancer's health check/,
    );
    await expect(canvasElement.querySelector('svg.pw-diagram')).toBeNull();
  },
};

/** Local policy with the controller on a target node: the client IP survives. */
export const LocalOnTarget: Story = {
  args: { externalTrafficPolicy: 'Local', ingressNode: 'node-4', proxyMode: 'ebpf' },
  play: async ({ canvasElement }) => {
    await expect(hopCounter(canvasElement)).toHaveTextContent('3 hops');
  },
};

/** A path no rule matches: 404 at the controller. */
export const PathMiss: Story = {
  args: { requestPath: '/other' },
  play: async ({ canvasElement }) => {
    const outcome = within(canvasElement).getByRole('region', { name: 'Outcome' });
    await expect(outcome).toHaveTextContent('404');
  },
};

/** No red replica: 503. */
export const NoReplicas: Story = {
  args: { redReplicas: 0 },
  play: async ({ canvasElement }) => {
    const outcome = within(canvasElement).getByRole('region', { name: 'Outcome' });
    await expect(outcome).toHaveTextContent('503');
  },
};

/** Not a path at all: the loader says why. */
export const InvalidPath: Story = {
  args: { requestPath: 'testpath' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('request.path');
  },
};

/** With the reply path, at its end, on nftables with four red replicas. */
export const Reply: Story = {
  args: { reply: true, proxyMode: 'nftables', redReplicas: 4 },
  play: async ({ canvasElement }) => {
    await expect(hopCounter(canvasElement)).toHaveTextContent('Reply');
    await expect(canvasElement.querySelector('[data-entity="red-4"]')).not.toBeNull();
  },
};
