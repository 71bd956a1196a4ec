import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PacketHeader } from '../../src/panels';
import { traceOf } from './fixtures';

/** The dd of a field ("Source" or "Destination"). */
function field(label: string): HTMLElement {
  const dd = screen.getByText(label).nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return dd;
}

describe('PacketHeader', () => {
  it('shows the packet about to leave the client at step 0', () => {
    render(<PacketHeader trace={traceOf('rabbit-hole')} step={0} />);
    expect(screen.getByText('About to leave the client')).toBeInTheDocument();
    expect(field('Source')).toHaveTextContent('203.0.113.50:51000');
    expect(field('Destination')).toHaveTextContent('198.51.100.10:80');
  });

  it('shows unchanged fields plainly, with nothing struck or highlighted', () => {
    const { container } = render(<PacketHeader trace={traceOf('rabbit-hole')} step={1} />);
    expect(container.querySelector('s')).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.getByText('203.0.113.50:51000').tagName).toBe('CODE');
  });

  it("strikes node-3's old values through and highlights the new ones by kind", () => {
    render(<PacketHeader trace={traceOf('rabbit-hole')} step={3} />);
    const src = field('Source');
    expect(within(src).getByText('203.0.113.50:51000').tagName).toBe('S');
    const newSrc = within(src).getByText('192.168.10.13:39605');
    expect(newSrc.tagName).toBe('MARK');
    expect(newSrc).toHaveClass('pw-tint--snat');
    const dst = field('Destination');
    expect(within(dst).getByText('192.168.10.13:32000').tagName).toBe('S');
    expect(within(dst).getByText('10.244.1.5:80')).toHaveClass('pw-tint--dnat');
    // Assistive technology hears the change in words, not only in strike and colour.
    expect(src).toHaveTextContent('was 203.0.113.50:51000→now, after SNAT: 192.168.10.13:39605');
  });

  it('colours both fields of a proxy leg as proxy', () => {
    const { container } = render(<PacketHeader trace={traceOf('rabbit-hole')} step={4} />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.className.includes('pw-tint--proxy')])).toEqual([
      ['10.244.1.5:38011', true],
      ['10.244.2.7:8080', true],
    ]);
  });

  it('shows every value a field took when a proxy and a DNAT both changed it', () => {
    render(<PacketHeader trace={traceOf('service-upstream')} step={4} />);
    const dst = field('Destination');
    expect(within(dst).getByText('10.244.1.5:80').tagName).toBe('S');
    expect(within(dst).getByText('10.96.45.20:80').tagName).toBe('S');
    expect(within(dst).getByText('10.244.2.7:8080')).toHaveClass('pw-tint--dnat');
  });

  it('marks a reply leg', () => {
    render(<PacketHeader trace={traceOf('rabbit-hole', { reply: true })} step={7} />);
    expect(screen.getByText('On leg 7 (reply)')).toBeInTheDocument();
    expect(within(field('Destination')).getByText('203.0.113.50:51000')).toHaveClass(
      'pw-tint--dnat',
    );
  });
});
