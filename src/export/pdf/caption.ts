/**
 * What a PDF page says under the diagram, so a reader without the animation can follow the
 * step: where the packet goes, its addresses, every rewrite before → after, and the narration.
 */
import type { Scenario } from '../../model';
import type { Rewrite, Trace } from '../../sim';

/** One line (before wrapping) of a caption. */
export interface CaptionLine {
  /** `title`: the step's heading; `mono`: addresses; `body`: prose. */
  style: 'title' | 'mono' | 'body';
  text: string;
}

/** The caption of one page. */
export interface PageCaption {
  /** Scenario title and picture, above everything. */
  heading: string;
  lines: CaptionLine[];
}

function rewriteLine(r: Rewrite): CaptionLine {
  const verb = r.undo ? 'restored' : 'rewrote';
  return {
    style: 'mono',
    text: `${r.kind} at ${r.at} (${r.by} ${verb}): ${r.before} → ${r.after}`,
  };
}

function presenterNote(scenario: Scenario | undefined, step: number): CaptionLine[] {
  const notes = scenario?.notes?.filter((n) => n.step === step) ?? [];
  return notes.map((n) => ({ style: 'body', text: `Presenter note: ${n.text}` }));
}

/**
 * The caption of the page for `step`.
 * @param trace - the walk
 * @param step - 0..trace.steps.length (0: the packet waits at the client)
 * @param scenario - for its title, question and presenter notes
 * @returns heading and lines (unwrapped)
 */
export function stepCaption(trace: Trace, step: number, scenario?: Scenario): PageCaption {
  const total = trace.steps.length;
  const picture = trace.model === 'naive' ? 'naive picture' : 'real picture';
  const heading = `${scenario?.metadata.title ?? trace.scenario} · ${picture}`;
  const leg = step > 0 ? trace.steps[step - 1] : undefined;
  if (!leg) {
    const first = trace.steps[0];
    const lines: CaptionLine[] = [
      { style: 'title', text: `Step 0 of ${total} · the packet waits at the client` },
    ];
    if (first)
      lines.push({
        style: 'mono',
        text: `packet  src ${first.packet.src} → dst ${first.packet.dst}`,
      });
    const question = scenario?.metadata.question;
    if (question) lines.push({ style: 'body', text: question });
    lines.push(...presenterNote(scenario, 0));
    return { heading, lines };
  }
  const hop = leg.counted && leg.hop !== undefined ? ` · hop ${leg.hop}` : '';
  const reply = leg.direction === 'reply' ? ' · reply' : '';
  const lines: CaptionLine[] = [
    { style: 'title', text: `Step ${step} of ${total} · ${leg.from} → ${leg.to}${hop}${reply}` },
    { style: 'mono', text: `packet  src ${leg.packet.src} → dst ${leg.packet.dst}` },
    ...leg.rewrites.map(rewriteLine),
    { style: 'body', text: leg.note },
    ...presenterNote(scenario, step),
  ];
  if (step === total) lines.push({ style: 'body', text: `Outcome: ${trace.outcome}.` });
  return { heading, lines };
}
