import { describe, expect, it } from 'vitest';
import { packetFieldsAt, stepMarks } from '../../src/diagram';
import { build } from './fixtures';
import { packetAt, packetOf, renderDiagram } from './render';

const rabbit = build('rabbit-hole');
const { layout, trace } = rabbit;
const steps = Array.from({ length: trace.steps.length + 1 }, (_, i) => i);

function entityIds(): string[] {
  const ids = new Set(Object.keys(layout.entities));
  for (const s of trace.steps)
    for (const id of [s.from, s.to, ...s.rewrites.map((r) => r.at)]) ids.add(id);
  return [...ids];
}

function restOf(step: number) {
  const id = step === 0 ? 'client' : (trace.steps[step - 1]?.to ?? '');
  const rest = layout.entities[id]?.rest;
  if (!rest) throw new Error(`no rest point for ${id}`);
  return rest;
}

describe('NetworkDiagram on rabbit-hole, at rest', () => {
  describe.each(steps)('step %i', (step) => {
    it('draws every entity exactly once, and one packet for this step', () => {
      const { container } = renderDiagram(rabbit, { step });
      for (const id of entityIds()) {
        expect(container.querySelectorAll(`[data-entity="${id}"]`), id).toHaveLength(1);
      }
      expect(packetOf(container)).toHaveAttribute('data-step', String(step));
    });

    it("rests the packet at the leg's destination", () => {
      const { container } = renderDiagram(rabbit, { step });
      const rest = restOf(step);
      expect(packetAt(container)).toEqual({ x: Math.round(rest.x), y: Math.round(rest.y) });
      expect(packetOf(container).style.transform).toBe(
        `translateX(${rest.x}px) translateY(${rest.y}px)`,
      );
    });

    it("shows the leg's src and dst, and each rewrite's old and new value", () => {
      const { container } = renderDiagram(rabbit, { step });
      const fields = packetFieldsAt(trace, step);
      const packet = packetOf(container);
      for (const field of ['src', 'dst'] as const) {
        const row = packet.querySelector(`[data-field="${field}"]`);
        const change = fields.changed[field];
        const shown = row?.querySelector(change ? '[data-value="new"]' : '[data-value="current"]');
        expect(shown, field).toHaveTextContent(fields[field]);
        if (change) {
          expect(row).toHaveAttribute('data-changed', change.kind);
          expect(row?.querySelector('[data-value="old"]')).toHaveTextContent(change.before);
        } else expect(row?.querySelector('[data-value="old"]')).toBeNull();
      }
    });

    it('lights up who rewrote, where the leg goes and the rule that fired', () => {
      const { container } = renderDiagram(rabbit, { step });
      const marks = stepMarks(layout, trace, step);
      const active = [...container.querySelectorAll('[data-entity][data-active="true"]')];
      const actors = Object.keys(marks.entities).filter((id) =>
        marks.entities[id]?.includes('active'),
      );
      expect(active.map((e) => e.getAttribute('data-entity')).sort()).toEqual(actors.sort());
      const rules = [...container.querySelectorAll('[data-rule][data-active="true"]')];
      expect(rules.map((r) => r.getAttribute('data-rule'))).toEqual([...marks.rules]);
      const target = container.querySelectorAll('[data-entity][data-target="true"]');
      expect(target).toHaveLength(step === 0 ? 0 : 1);
    });

    it('numbers the hops of the legs done so far', () => {
      const { container } = renderDiagram(rabbit, { step });
      const hops = [...container.querySelectorAll('[data-hop]')].map((b) =>
        b.getAttribute('data-hop'),
      );
      const expected = trace.steps
        .filter((s) => s.counted && s.index <= step)
        .map((s) => String(s.hop));
      expect(hops).toEqual(expected);
    });

    it('draws the trail of legs 1..step, the current one growing', () => {
      const { container } = renderDiagram(rabbit, { step });
      expect(container.querySelectorAll('[data-trail="past"]')).toHaveLength(Math.max(0, step - 1));
      expect(container.querySelectorAll('[data-trail="current"]')).toHaveLength(step > 0 ? 1 : 0);
      const replies = trace.steps.slice(0, step).filter((s) => s.direction === 'reply').length;
      expect(container.querySelectorAll('path.pw-trail--reply')).toHaveLength(replies);
    });
  });
});
