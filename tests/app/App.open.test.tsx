import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { traceOf } from '../panels/fixtures';
import { heading, narration, openAt, position, renderApp } from './harness';

const rabbitHole = traceOf('rabbit-hole');

beforeEach(() => openAt());

describe('App: opening', () => {
  it('opens rabbit-hole at step 0 with the packet waiting at the client', () => {
    renderApp();
    expect(heading()).toHaveTextContent('Down the rabbit hole');
    expect(narration()).toHaveTextContent('Press → or Next step to send the packet.');
    expect(position()).toBe('Start');
    expect(screen.getByLabelText('Scenario')).toHaveValue('rabbit-hole');
    expect(window.location.search).toBe('?scenario=rabbit-hole');
    expect(document.querySelector('[data-entity="packet"]')).not.toBeNull();
    expect(document.querySelector('[data-entity="client"]')).not.toBeNull();
  });

  it('opens ?step=N with legs 1..N done: its packet and every rewrite as text', () => {
    openAt('?scenario=rabbit-hole&step=3');
    renderApp();
    expect(position()).toBe('Step 3 of 4');
    const leg = rabbitHole.steps[2];
    const side = screen.getByRole('complementary');
    for (const text of [leg?.packet.src, leg?.packet.dst]) {
      expect(within(side).getAllByText(text ?? 'missing').length).toBeGreaterThan(0);
    }
    for (const rewrite of leg?.rewrites ?? []) {
      expect(within(side).getAllByText(rewrite.before).length).toBeGreaterThan(0);
      expect(within(side).getAllByText(rewrite.after).length).toBeGreaterThan(0);
    }
  });

  it('clamps a step beyond the end and tidies the URL', () => {
    openAt('?scenario=rabbit-hole&step=99');
    renderApp();
    expect(position()).toBe('Step 4 of 4');
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=4');
  });

  it('reports an unknown scenario, lists the available ones and shows rabbit-hole', () => {
    openAt('?scenario=nope');
    renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      /no bundled scenario named nope; available: rabbit-hole, lb-all-nodes, .*ingress-down/,
    );
    expect(heading()).toHaveTextContent('Down the rabbit hole');
  });

  it('takes model, reply and theme from the URL', () => {
    openAt('?scenario=rabbit-hole&step=10&model=naive&reply=1&theme=dark');
    renderApp();
    expect(position()).toBe('Step 10 of 10');
    expect(screen.getByRole('switch', { name: 'Naive picture' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Show reply' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
