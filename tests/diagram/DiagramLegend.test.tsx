import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagramLegend } from '../../src/diagram';

describe('DiagramLegend', () => {
  it('keys the three translations, the trails, the hop badge and the ring, in words', () => {
    render(<DiagramLegend />);
    const list = screen.getByRole('list', { name: 'Diagram key' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'DNATdestination rewritten',
      'SNATsource rewritten',
      'proxynew connection (L7 proxy)',
      'request trail / reply trail',
      '1hop, counted from the load balancer',
      'rewrote the packet on this step',
    ]);
    expect(list.querySelector('.pw-packet-band--snat')).not.toBeNull();
    expect(list.querySelector('.pw-trail--reply')).not.toBeNull();
  });

  it('takes a label and a class', () => {
    render(<DiagramLegend label="Key" className="side" />);
    expect(screen.getByRole('list', { name: 'Key' })).toHaveClass('pw-legend', 'side');
  });
});
