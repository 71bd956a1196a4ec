import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { endMark } from '../src/diagram';
import { EndMarker } from '../src/diagram/overlay/EndMarker';
import { PacketMarker } from '../src/diagram/packet/PacketMarker';
import { DEFAULT_SCENARIO_ARGS, resolveScenarioArgs } from './support/args';
import { DiagramPart } from './support/DiagramPart';
import {
  around,
  entityRect,
  type PartArgs,
  packetBox,
  partArgTypes,
  progressArgType,
} from './support/partArgs';
import { useStillProgress } from './support/useStillProgress';

/** Args of the EndMarker stories. */
interface EndMarkerStoryArgs extends PartArgs {
  /** 0..1 along the current leg: the marker shows as the packet arrives. */
  progress: number;
  /** Draw the packet too (a `✕ dropped` tag sits beside it). */
  packet: boolean;
}

function EndMarkerStory(args: EndMarkerStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const progress = useStillProgress(args.progress);
  const { layout, trace, routes } = w;
  const mark = endMark(trace);
  const at = mark ? entityRect(layout, mark.at, 'entity') : layout.client;
  const rest = layout.entities[mark?.at ?? 'client']?.rest ?? layout.client.rest;
  const view = around([at, packetBox(layout, rest)], layout.packet.width * 0.75);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={view}
      scene={args.scene}
      title={`How ${w.scenario.metadata.name} ends, at step ${step}`}
      width={args.width}
      height={args.height}
    >
      <EndMarker layout={layout} trace={trace} step={step} progress={progress} />
      {args.packet ? (
        <PacketMarker
          layout={layout}
          trace={trace}
          routes={routes}
          step={step}
          progress={progress}
        />
      ) : null}
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/EndMarker',
  render: (args) => <EndMarkerStory {...args} />,
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    progress: 1,
    packet: true,
    scene: true,
    width: 720,
    height: 420,
  },
  argTypes: {
    ...partArgTypes,
    progress: progressArgType,
    packet: { control: 'boolean', description: 'Draw the packet too' },
  },
  // From the step the packet gets there: the walk's end (kind, where, its label); before, nothing.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const mark = endMark(w.trace);
    const drawn = canvasElement.querySelector('[data-end]');
    if (mark === null || step < mark.step) {
      await expect(drawn).toBeNull();
      return;
    }
    await expect(drawn).toHaveAttribute('data-end', mark.kind);
    await expect(drawn).toHaveAttribute('data-at', mark.at);
    await expect(drawn).toHaveTextContent(mark.label);
  },
  parameters: {
    docs: {
      description: {
        component:
          'How the walk ended (src/diagram/overlay/EndMarker), shown once the packet gets there: the pod that got the request glows (delivered), the controller that answered shows HTTP 404 / 503, or a ✕ dropped tag sits beside the packet. The view is cropped to where the walk ends.',
      },
    },
  },
} satisfies Meta<EndMarkerStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz's answer: red-1 got the request. */
export const Delivered: Story = {
  play: async ({ canvasElement }) => {
    const end = canvasElement.querySelector('[data-end]');
    await expect(end).toHaveAttribute('data-at', 'red-1');
    await expect(end).toHaveTextContent('✓ delivered');
  },
};

/** One step before the end: nothing is marked yet. */
export const NotYet: Story = { args: { stepIndex: 3 } };

/** externalTrafficPolicy: Local on a node without the controller, and no health check. */
export const Dropped: Story = {
  args: { scenario: 'local-no-healthcheck', stepIndex: 2 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-end]')).toHaveTextContent('✕ dropped');
  },
};

/** No Ingress rule matches the path: nginx answers 404. */
export const NotFound: Story = {
  args: { scenario: 'path-miss-404', stepIndex: 3 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-end]')).toHaveTextContent('HTTP 404');
  },
};

/** The backend Service has no endpoints: nginx answers 503. */
export const NoEndpoints: Story = { args: { scenario: 'no-endpoints-503', stepIndex: 3 } };

/** Arriving: the marker fades in with the packet's arrival. */
export const Arriving: Story = { args: { progress: 0.95 } };

/** On the way back the marker stays. */
export const DuringTheReply: Story = { args: { reply: true, stepIndex: 6 } };

/** The marker alone: no scene, no packet. */
export const Alone: Story = { args: { scene: false, packet: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
