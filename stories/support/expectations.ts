/**
 * Assertions the play functions share: the screen contract of DESIGN.md, checked on a
 * rendered story (which entities are drawn, which addresses are on screen as text).
 */
import { expect } from 'storybook/test';
import { formatHops, lastRequestStep } from '../../src/panels';
import type { Trace } from '../../src/sim';

function ends(address: string): string[] {
  return address.split('->').map((part) => part.trim());
}

/**
 * The diagram shows `step` of `trace`: its `data-step` and `data-model`, the packet, the
 * leg's end point, and every address of the leg (packet and rewrites) as text somewhere in
 * the story; with the side panels, the hop counter gives the quiz's answer at the last
 * request leg.
 * @param root - the story's canvas element
 * @param trace - the walk shown
 * @param step - the step shown
 * @param panels - the story shows the side panels (the hop counter among them)
 */
export async function expectStepOnScreen(
  root: HTMLElement,
  trace: Trace,
  step: number,
  panels = true,
) {
  const svg = root.querySelector('svg.pw-diagram');
  await expect(svg).toHaveAttribute('data-step', String(step));
  await expect(svg).toHaveAttribute('data-model', trace.model);
  await expect(root.querySelector('[data-entity="packet"]')).not.toBeNull();
  const leg = trace.steps[step - 1];
  if (leg === undefined) return;
  await expect(root.querySelector(`[data-entity="${CSS.escape(leg.to)}"]`)).not.toBeNull();
  const text = root.textContent ?? '';
  const addresses = [leg.packet.src, leg.packet.dst];
  for (const rewrite of leg.rewrites)
    addresses.push(...ends(rewrite.before), ...ends(rewrite.after));
  for (const address of addresses) await expect(text).toContain(address);
  if (panels && step === lastRequestStep(trace)) {
    const counter = root.querySelector('[aria-label="Hop counter"]');
    await expect(counter).toHaveTextContent(formatHops(trace.hops));
  }
}
