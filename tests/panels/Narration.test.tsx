import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Narration } from '../../src/panels';
import { loadFixture, traceOf } from './fixtures';

describe('Narration', () => {
  const scenario = loadFixture('rabbit-hole');
  const trace = traceOf('rabbit-hole');

  function live(container: HTMLElement): HTMLElement {
    const regions = container.querySelectorAll('[aria-live]');
    expect(regions).toHaveLength(1);
    const region = regions[0];
    if (!(region instanceof HTMLElement)) throw new Error('no live region');
    return region;
  }

  it('lives in one aria-live="polite" region', () => {
    const { container } = render(<Narration trace={trace} step={2} notes={scenario.notes} />);
    expect(live(container)).toHaveAttribute('aria-live', 'polite');
  });

  it('asks the question and says how to start at step 0', () => {
    const { container } = render(
      <Narration
        trace={trace}
        step={0}
        notes={scenario.notes}
        question={scenario.metadata.question}
      />,
    );
    expect(live(container)).toHaveTextContent('How many hops from the load balancer to the pod?');
    expect(live(container)).toHaveTextContent('Press → or Next step to send the packet.');
  });

  it("tells the leg's note and the presenter's note for that step", () => {
    const { container } = render(<Narration trace={trace} step={2} notes={scenario.notes} />);
    const region = live(container);
    expect(region).toHaveTextContent('Step 2 of 4: cloud-lb');
    expect(region).toHaveTextContent(trace.steps[1]?.note ?? 'missing');
    const presenter = scenario.notes.find((n) => n.step === 2)?.text ?? 'missing';
    expect(screen.getByText(presenter)).toBeInTheDocument();
    expect(region).toHaveTextContent("Presenter's note");
  });

  it('renders scenario text as text, never as markup', () => {
    const notes = [{ step: 1, text: '<img src=x onerror="alert(1)"> <b>bold</b>' }];
    const { container } = render(<Narration trace={trace} step={1} notes={notes} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(live(container)).toHaveTextContent('<img src=x onerror="alert(1)"> <b>bold</b>');
  });
});
