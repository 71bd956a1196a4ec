import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { stepMarks } from '../src/diagram';
import { NAIVE_CAPTION, naiveCaption } from '../src/diagram/geometry/caption';
import { ringGap } from '../src/diagram/geometry/sizes';
import { CardGlyph } from '../src/diagram/scene/CardGlyph';
import { type CardBox, type Layout, type Rect, textWidth } from '../src/layout';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around } from './support/partArgs';
import { StoryErrorBoundary } from './support/StoryErrorBoundary';

/** Which card of the top band. */
type CardRole = 'client' | 'loadBalancer' | 'service';

/** Args of the CardGlyph stories. */
interface CardGlyphStoryArgs extends ScenarioArgs, SizeArgs {
  /** The client, the load balancer, or (naive model only) the first Service box. */
  card: CardRole;
}

function cardOf(layout: Layout, role: CardRole): CardBox {
  if (role === 'client') return layout.client;
  if (role === 'loadBalancer') return layout.loadBalancer;
  const box = layout.serviceBoxes[0];
  if (box === undefined) {
    throw new Error(
      'the real model draws no Service box (a Service is a rule): set model to naive',
    );
  }
  return box;
}

/** The card and, for a naive Service box, its caption's lines. */
function cardView(layout: Layout, card: CardBox): Rect[] {
  if (!card.dashed) return [card];
  const lines = naiveCaption(card, layout.fonts.body, layout.viewBox.y);
  return [
    card,
    ...lines.map((line) => {
      const width = textWidth(line.text, line.fontSize, 'sans', 600);
      return {
        x: line.x - width / 2,
        y: line.y - line.fontSize,
        width,
        height: line.fontSize * 1.3,
      };
    }),
  ];
}

function CardGlyphStory(args: CardGlyphStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const { layout } = w;
  const card = cardOf(layout, args.card);
  const gap = ringGap(layout);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={around(cardView(layout, card), gap * 3)}
      scene={false}
      title={`The ${card.kind} card ${card.id}`}
      width={args.width}
      height={args.height}
    >
      <CardGlyph
        card={card}
        ringGap={gap}
        captionFont={layout.fonts.body}
        captionTop={layout.viewBox.y}
      />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/CardGlyph',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <CardGlyphStory {...args} />
    </StoryErrorBoundary>
  ),
  args: { ...DEFAULT_SCENARIO_ARGS, stepIndex: 2, card: 'loadBalancer', width: 480, height: 200 },
  argTypes: {
    ...scenarioArgTypes,
    card: {
      control: 'inline-radio',
      options: ['client', 'loadBalancer', 'service'],
      description: 'The client, the load balancer, or (naive model only) the first Service box',
    },
    ...sizeArgTypes,
  },
  // Its title and address lines as the layout wrote them, its kind, the step's marks, and
  // for the naive Service box the dashed outline and the "not real" caption.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const card = cardOf(w.layout, args.card);
    const drawn = canvasElement.querySelector(`[data-entity="${CSS.escape(card.id)}"]`);
    await expect(drawn).toHaveAttribute('data-kind', card.kind);
    for (const line of card.labels) await expect(drawn).toHaveTextContent(line.full);
    const marks = (stepMarks(w.layout, w.trace, step).entities[card.id] ?? '').split(' ');
    if (marks.includes('active')) await expect(drawn).toHaveAttribute('data-active', 'true');
    else await expect(drawn).not.toHaveAttribute('data-active');
    if (card.dashed) {
      await expect(drawn?.querySelector('.pw-card')).toHaveClass('pw-card--dashed');
      for (const text of NAIVE_CAPTION) await expect(drawn).toHaveTextContent(text);
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          'A card of the top band (src/diagram/scene/CardGlyph): the client, the load balancer, or in the naive picture a Service box, dashed and captioned as what it is not: a Service is a rewrite rule on every node, never a box on the wire.',
      },
    },
  },
} satisfies Meta<CardGlyphStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The load balancer at hop 1: it DNATed the packet, so it is lit. */
export const LoadBalancer: Story = {
  play: async ({ canvasElement }) => {
    const lb = canvasElement.querySelector('[data-entity="cloud-lb"]');
    await expect(lb).toHaveAttribute('data-active', 'true');
    await expect(lb).toHaveTextContent('198.51.100.10:80');
  },
};

/** The client: its address and the request's path. */
export const Client: Story = {
  args: { card: 'client', stepIndex: 0 },
  play: async ({ canvasElement }) => {
    const client = canvasElement.querySelector('[data-entity="client"]');
    await expect(client).toHaveTextContent('203.0.113.50:51000');
    await expect(client).toHaveTextContent('/testpath');
  },
};

/** The naive picture's Service box: dashed, with its warning caption. */
export const NaiveServiceBox: Story = {
  args: { card: 'service', model: 'naive', stepIndex: 5 },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector('[data-entity="service/red"]');
    await expect(box).toHaveAttribute('data-active', 'true');
    await expect(box).toHaveTextContent('not a box on the wire');
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
