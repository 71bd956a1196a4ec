/**
 * The accessible summary of what the diagram shows at a step, for the SVG's `<desc>`:
 * where the packet is, who rewrote which field, and the packet's addresses.
 */
import type { Rewrite, Trace } from '../../sim';
import { packetFieldsAt } from '../packetFields';

const FIELD: Record<Rewrite['kind'], string> = {
  DNAT: 'the destination',
  SNAT: 'the source',
  proxy: 'the connection',
};

function rewriteText(rewrite: Rewrite): string {
  const verb = rewrite.undo ? 'restored' : 'rewrote';
  return `${rewrite.by} at ${rewrite.at} ${verb} ${FIELD[rewrite.kind]} ${rewrite.before} → ${rewrite.after} (${rewrite.kind})`;
}

/**
 * A one-paragraph description of a step.
 * @param trace - the walk
 * @param step - 0..steps.length
 * @returns e.g. `Step 3 of 4: node-3 → ingress-nginx-controller, hop 2. kube-proxy (iptables) at
 *   node-3 rewrote the destination … Packet: src …, dst ….`
 */
export function describeStep(trace: Trace, step: number): string {
  const total = trace.steps.length;
  const fields = packetFieldsAt(trace, step);
  const packet = `Packet: src ${fields.src}, dst ${fields.dst}.`;
  const leg = step > 0 ? trace.steps[step - 1] : undefined;
  if (!leg) return `Step 0 of ${total}: the packet waits at the client. ${packet}`;
  const hop = leg.counted && leg.hop !== undefined ? `, hop ${leg.hop}` : '';
  const reply = leg.direction === 'reply' ? ' (reply)' : '';
  const parts = [`Step ${step} of ${total}: ${leg.from} → ${leg.to}${hop}${reply}.`];
  if (leg.rewrites.length > 0) parts.push(`${leg.rewrites.map(rewriteText).join('; ')}.`);
  parts.push(packet);
  if (step === total) parts.push(`Outcome: ${trace.outcome}.`);
  return parts.join(' ');
}
