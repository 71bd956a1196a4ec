import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { loadScenario } from '../src/model';
import { DiagnosticsPanel, type DiagnosticsReport, formatDiagnosticEntry } from '../src/panels';
import { diagnosticsReport } from './support/diagnosticsReport';
import { StoryFrame } from './support/StoryFrame';
import { BUNDLED } from './support/scenarios';

// A user's file with a typo, loaded through src/model as the app loads an opened file.
const TYPO = `apiVersion: packetwalk/v1
kind: Scenario
metadata:
  name: my-cluster
cluster:
  nodes:
    - { name: node-1 }
    - { name: node-2 }
  pods:
    - { name: ingress-nginx-controller, node: node-1, labels: { app: ingress-nginx } }
services:
  - metadata: { name: ingress-nginx }
    spec:
      type: NodePort
      selector: { app: ingress-nginx }
      ports: [{ port: 80, targetPort: 80, nodePort: 32000 }]
ingressController:
  service: ingress-nginx
loadBalancer:
  service: ingress-nginx
request:
  pathh: /testpath
`;

// Not YAML at all: an unclosed flow mapping.
const SYNTAX = 'apiVersion: packetwalk/v1\nkind: Scenario\nmetadata: { name: oops\n';

function diagnosticsOf(text: string) {
  const result = loadScenario(text, { fileName: 'my-cluster.yaml' });
  return result.ok ? result.warnings : result.diagnostics;
}

const typoReport = diagnosticsReport(
  'my-cluster.yaml',
  diagnosticsOf(TYPO),
  undefined,
  'Still showing the last good scenario: Down the rabbit hole.',
);

const ingressDown = BUNDLED.find((s) => s.name === 'ingress-down');
const warnings = ingressDown?.result.ok ? ingressDown.result.warnings : [];

/** Args of the DiagnosticsPanel stories. */
interface DiagnosticsStoryArgs {
  /** What went wrong. */
  report: DiagnosticsReport;
  /** Shows a Dismiss button when set. */
  onDismiss?: () => void;
  /** Frame width in CSS pixels. */
  width: number;
  /** Frame height in CSS pixels. */
  height: number;
}

const meta = {
  title: 'Panels/DiagnosticsPanel',
  render: ({ width, height, ...props }) => (
    <StoryFrame width={width} height={height} padded>
      <DiagnosticsPanel {...props} />
    </StoryFrame>
  ),
  args: { report: typoReport, width: 720, height: 200 },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert', { name: args.report.title });
    const lines = within(alert).getAllByRole('listitem');
    await expect(lines).toHaveLength(args.report.entries.length);
    for (const [i, entry] of args.report.entries.entries()) {
      await expect(lines[i]).toHaveTextContent(formatDiagnosticEntry(entry));
    }
  },
  parameters: {
    docs: {
      description: {
        component: 'Problems as `file:line:col: message` lines, in an alert; never a crash.',
      },
    },
  },
} satisfies Meta<DiagnosticsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An unknown field, with the closest known name, at its line and column. */
export const UnknownField: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('my-cluster.yaml did not load');
    await expect(alert).toHaveTextContent(/my-cluster\.yaml:22:3: .*pathh.*did you mean `path`/);
  },
};

/** A YAML syntax error. */
export const NotYaml: Story = {
  args: { report: diagnosticsReport('oops.yaml', diagnosticsOf(SYNTAX)) },
};

/** Several files at once, each line with its own position. */
export const SeveralProblems: Story = {
  args: {
    report: {
      title: '2 files did not load',
      entries: [
        ...diagnosticsReport('my-cluster.yaml', diagnosticsOf(TYPO)).entries,
        ...diagnosticsReport('oops.yaml', diagnosticsOf(SYNTAX)).entries,
      ],
    },
  },
};

/** Warnings: the file loads, but its walk cannot succeed. */
export const Warnings: Story = {
  args: {
    report: diagnosticsReport(
      'scenarios/ingress-down.yaml',
      warnings,
      'scenarios/ingress-down.yaml has warnings',
    ),
  },
};

/** The app's own message: a `?scenario=` that names nothing. */
export const UnknownScenario: Story = {
  args: {
    report: {
      title: 'Unknown scenario',
      entries: [
        {
          message: `no bundled scenario named rabit-hole; available: ${BUNDLED.map((s) => s.name).join(', ')}`,
        },
      ],
      note: 'Showing rabbit-hole instead.',
    },
    height: 220,
  },
};

/** With a Dismiss button. */
export const Dismissible: Story = {
  args: { onDismiss: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
