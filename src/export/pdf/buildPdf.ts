/**
 * The PDF of a walk: one A4 landscape page per step, the diagram on top and the step's
 * caption under it, with pdf-lib. Runs in the browser and in Node (the CLI).
 */
import { PDFDocument, type PDFImage, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { PageCaption } from './caption';
import { type CaptionFonts, encodable, setCaption } from './captionLayout';

/** One page: the diagram as PNG bytes and its caption. */
export interface PdfPageInput {
  png: Uint8Array;
  caption: PageCaption;
}

/** Options of {@link buildPdf}. */
export interface BuildPdfOptions {
  /** The document's title (metadata). */
  title: string;
  /** Width / height of the diagram images. @default 16 / 9 */
  aspect?: number;
}

/** A4 landscape, in points. */
export const PDF_PAGE = { width: 841.89, height: 595.28, margin: 32 } as const;

const INK = rgb(0.106, 0.122, 0.141);
const MUTED = rgb(0.33, 0.365, 0.408);
const RULE = rgb(0.79, 0.82, 0.85);

/** Draws one page: heading, diagram, rule, caption and folio, top to bottom. */
function drawPage(
  page: PDFPage,
  input: PdfPageInput,
  image: PDFImage,
  fonts: CaptionFonts,
  aspect: number,
  folio: string,
): void {
  const { width: W, height: H, margin: M } = PDF_PAGE;
  const inner = W - 2 * M;
  const heading = encodable(input.caption.heading, fonts.body);
  page.drawText(heading, { x: M, y: H - M - 9, size: 9, font: fonts.body, color: MUTED });
  const caption = setCaption(input.caption.lines, fonts, inner);
  const top = H - M - 18;
  const bottom = M + caption.height + 14;
  const boxH = Math.max(0, top - bottom);
  const imgW = Math.min(inner, boxH * aspect);
  const imgH = imgW / aspect;
  page.drawImage(image, { x: M + (inner - imgW) / 2, y: top - imgH, width: imgW, height: imgH });
  const ruleY = top - imgH - 7;
  page.drawLine({
    start: { x: M, y: ruleY },
    end: { x: M + inner, y: ruleY },
    thickness: 0.75,
    color: RULE,
  });
  let y = ruleY - 4;
  for (const line of caption.lines) {
    y -= line.lead;
    const color = line.style === 'body' ? MUTED : INK;
    page.drawText(line.text, { x: M, y, size: line.size, font: line.font, color });
  }
  const fw = fonts.body.widthOfTextAtSize(folio, 8);
  page.drawText(folio, { x: M + inner - fw, y: M - 14, size: 8, font: fonts.body, color: MUTED });
}

/**
 * Builds the PDF.
 * @param pages - one per step, in order
 * @param options - title and image aspect
 * @returns the PDF bytes (no dates in the metadata: the same input gives the same bytes)
 */
export async function buildPdf(
  pages: readonly PdfPageInput[],
  options: BuildPdfOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(options.title);
  doc.setCreator('PacketWalk');
  doc.setProducer('PacketWalk (pdf-lib)');
  const fonts: CaptionFonts = {
    title: await doc.embedFont(StandardFonts.HelveticaBold),
    body: await doc.embedFont(StandardFonts.Helvetica),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const aspect = options.aspect ?? 16 / 9;
  for (const [index, input] of pages.entries()) {
    const page = doc.addPage([PDF_PAGE.width, PDF_PAGE.height]);
    const image = await doc.embedPng(input.png);
    drawPage(page, input, image, fonts, aspect, `PacketWalk · ${index + 1} / ${pages.length}`);
  }
  return doc.save();
}
