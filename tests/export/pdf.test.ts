import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPdf, PDF_PAGE, stepCaption } from '../../src/export/kit';
import { scenarioAndTrace } from './support/scenarios';

// A 1x1 PNG (opaque white): the PDF only needs some picture per page.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
    'base64',
  ),
);

/** The text drawn on a page: its content streams inflated, pdf-lib's hex strings decoded. */
function pageText(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.normalizedEntries().Contents;
  const refs = contents ? (contents.asArray?.() ?? [contents]) : [];
  return refs
    .map((ref) => doc.context.lookup(ref))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => {
      const filter = s.dict.get(PDFName.of('Filter'));
      return (filter ? inflateSync(s.contents) : Buffer.from(s.contents)).toString('latin1');
    })
    .join('\n')
    .replace(/<([0-9A-Fa-f]+)> Tj/g, (_all, hex: string) =>
      Buffer.from(hex, 'hex').toString('latin1'),
    );
}

describe('step captions', () => {
  const { scenario, trace } = scenarioAndTrace('rabbit-hole');

  it('say where the packet goes, its addresses, each rewrite before → after, and the note', () => {
    const leg = trace.steps[2];
    if (!leg) throw new Error('rabbit-hole has a third leg');
    const caption = stepCaption(trace, 3, scenario);
    const text = caption.lines.map((l) => l.text).join('\n');
    expect(caption.heading).toBe('Down the rabbit hole · real picture');
    expect(caption.lines[0]).toEqual({
      style: 'title',
      text: `Step 3 of 4 · ${leg.from} → ${leg.to} · hop 2`,
    });
    expect(text).toContain(`src ${leg.packet.src} → dst ${leg.packet.dst}`);
    for (const r of leg.rewrites) expect(text).toContain(`${r.before} → ${r.after}`);
    expect(text).toContain(leg.note);
  });

  it('open with the packet waiting at the client, and end with the outcome', () => {
    expect(stepCaption(trace, 0, scenario).lines[0]?.text).toBe(
      'Step 0 of 4 · the packet waits at the client',
    );
    expect(stepCaption(trace, 0, scenario).lines.map((l) => l.text)).toContain(
      scenario.metadata.question,
    );
    expect(stepCaption(trace, 4, scenario).lines.at(-1)?.text).toBe(`Outcome: ${trace.outcome}.`);
  });
});

describe('buildPdf', () => {
  it('makes one A4 landscape page per step (steps + 1) with the diagram and its caption as text', async () => {
    const { scenario, trace } = scenarioAndTrace('rabbit-hole');
    const pages = [0, 1, 2, 3, 4].map((step) => ({
      png: PNG,
      caption: stepCaption(trace, step, scenario),
    }));
    const doc = await PDFDocument.load(await buildPdf(pages, { title: 'Down the rabbit hole' }));
    expect(doc.getPageCount()).toBe(trace.steps.length + 1);
    expect(doc.getTitle()).toBe('Down the rabbit hole');
    expect(doc.getPage(0).getSize()).toEqual({ width: PDF_PAGE.width, height: PDF_PAGE.height });
    const text = pageText(doc, 3);
    expect(text).toContain('Step 3 of 4');
    expect(text).toContain('->');
    expect(text).toMatch(/\/Image|Do/);
  });

  it('gives the same bytes for the same pages (no dates in it)', async () => {
    const { scenario, trace } = scenarioAndTrace('service-upstream');
    const pages = [{ png: PNG, caption: stepCaption(trace, 2, scenario) }];
    const a = await buildPdf(pages, { title: 't' });
    const b = await buildPdf(pages, { title: 't' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
