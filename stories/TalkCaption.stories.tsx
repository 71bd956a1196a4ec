import '../src/modes/talk/talk.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { hopLabel, packetAt, stepHeadline, TalkCaption } from '../src/modes';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { StoryFrame } from './support/StoryFrame';

/** Args of the TalkCaption stories. */
interface TalkCaptionStoryArgs extends ScenarioArgs, SizeArgs {
  /** Show the leg's note (N in talk mode); hidden, screen readers still read it. */
  narrated: boolean;
}

const meta = {
  title: 'Modes/TalkCaption',
  render: (args) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    return (
      <StoryFrame width={args.width} height={args.height}>
        {/* Talk mode's type: 28px and up, as .pw-talk sets it (that root is fixed to the viewport). */}
        <div style={{ fontSize: 'max(28px, 1.5rem)', lineHeight: 1.3 }}>
          <TalkCaption
            trace={w.trace}
            step={step}
            question={w.scenario.metadata.question}
            narrated={args.narrated}
          />
        </div>
      </StoryFrame>
    );
  },
  args: { ...DEFAULT_SCENARIO_ARGS, stepIndex: 3, narrated: true, width: 1280, height: 440 },
  argTypes: {
    ...scenarioArgTypes,
    narrated: {
      control: 'boolean',
      description: "Show the leg's note (N in talk mode); hidden, screen readers still read it",
    },
    ...sizeArgTypes,
  },
  // The step's headline and hop, and the packet's src → dst, in the caption region.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const caption = within(canvasElement).getByRole('region', { name: 'Caption' });
    await expect(caption).toHaveTextContent(stepHeadline(w.trace, step));
    const hop = hopLabel(w.trace, step);
    if (hop) await expect(caption).toHaveTextContent(hop);
    const packet = packetAt(w.trace, step);
    if (packet) {
      await expect(caption).toHaveTextContent(packet.src);
      await expect(caption).toHaveTextContent(packet.dst);
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          "Talk mode's caption (src/modes/talk/TalkCaption), in type read from the back of a hall: the step and hop, the leg's note when narrated, the packet's src → dst and each rewrite's before → after. It is the talk screen's aria-live region.",
      },
    },
  },
} satisfies Meta<TalkCaptionStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz's hop 2: node-3 DNATs to the controller and SNATs the client away. */
export const HopTwo: Story = {
  play: async ({ canvasElement }) => {
    const caption = within(canvasElement).getByRole('region', { name: 'Caption' });
    await expect(caption).toHaveTextContent('Hop 2 of 3');
    await expect(caption).toHaveTextContent('Step 3 of 4: node-3 → ingress-nginx-controller');
    const facts = within(caption).getAllByRole('listitem');
    await expect(facts).toHaveLength(3);
    await expect(facts[0]).toHaveTextContent('Packet 192.168.10.13:39605 → to 10.244.1.5:80');
    await expect(facts[1]).toHaveTextContent('DNAT 192.168.10.13:32000 → becomes 10.244.1.5:80');
    await expect(facts[2]).toHaveTextContent(
      'SNAT 203.0.113.50:51000 → becomes 192.168.10.13:39605',
    );
  },
};

/** Step 0: the scenario's question. */
export const Start: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement }) => {
    const caption = within(canvasElement).getByRole('region', { name: 'Caption' });
    await expect(caption).toHaveTextContent('Start: the packet waits at the client');
    await expect(caption).toHaveTextContent('How many hops from the load balancer to the pod?');
  },
};

/** Leg 1: client to load balancer, not a hop. */
export const BeforeTheLoadBalancer: Story = {
  args: { stepIndex: 1 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Not a hop: before the load balancer');
  },
};

/** The answer: three hops in all, and the outcome. */
export const Answer: Story = {
  args: { stepIndex: 4 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Hop 3: 3 hops in all');
    await expect(canvasElement).toHaveTextContent('Outcome: delivered to red-1');
  },
};

/** Hop 3, a proxy: nginx replaces one connection with another (⇒). */
export const ProxyConnection: Story = { args: { stepIndex: 4, narrated: false } };

/** On the way back: the rewrites are undone. */
export const ReplyUndo: Story = {
  args: { reply: true, stepIndex: 7 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Reply 3 of 4');
    await expect(canvasElement).toHaveTextContent('undo DNAT');
    await expect(canvasElement).toHaveTextContent('undo SNAT');
  },
};

/** Not narrated: the speaker tells the note; it stays in the DOM for screen readers. */
export const NotNarrated: Story = {
  args: { narrated: false },
  play: async ({ canvasElement }) => {
    const note = canvasElement.querySelector('.pw-talk-caption__live > .pw-visually-hidden');
    await expect(note).toHaveTextContent('kube-proxy');
  },
};

/** The naive picture: four hops. */
export const Naive: Story = {
  args: { model: 'naive', stepIndex: 5 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Hop 4: 4 hops in all');
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode's theme). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
