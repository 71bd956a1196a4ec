import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { traceOf } from '../panels/fixtures';
import { heading, narration, openAt, position, renderApp } from './harness';

const rabbitHole = traceOf('rabbit-hole');

beforeEach(() => openAt());

describe('App: stepping', () => {
  it('Next step advances, adds a history entry and narrates the leg', async () => {
    renderApp();
    const entries = window.history.length;
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=1');
    expect(window.history.length).toBe(entries + 1);
    expect(narration()).toHaveTextContent(rabbitHole.steps[0]?.note ?? 'missing');
    expect(narration()).toHaveTextContent('This leg is before the LB, so it does not count.');
    expect(screen.getByText('Before the load balancer: not a hop')).toBeInTheDocument();
  });

  it('steps with the keyboard and the timeline', async () => {
    renderApp();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(position()).toBe('Step 2 of 4');
    await userEvent.keyboard('{End}');
    expect(screen.getByText('3 hops')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Step 1 / }));
    expect(position()).toBe('Step 1 of 4');
    expect(screen.getByRole('button', { name: /^Step 1 / })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it("goes back a step with the browser's Back button", async () => {
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(position()).toBe('Step 2 of 4');
    act(() => window.history.back());
    await waitFor(() => expect(position()).toBe('Step 1 of 4'));
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=1');
    expect(narration()).toHaveTextContent(rabbitHole.steps[0]?.note ?? 'missing');
  });
});

describe('App: switches and picker', () => {
  it('the naive picture counts 4 hops at the end', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('switch', { name: 'Naive picture' }));
    expect(window.location.search).toBe('?scenario=rabbit-hole&model=naive');
    await userEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(screen.getByText('4 hops')).toBeInTheDocument();
    expect(document.querySelector('[data-entity="service/red"]')).not.toBeNull();
  });

  it('keeps the step when the trace changes, clamped to the new one', async () => {
    openAt('?scenario=rabbit-hole&step=5&model=naive');
    renderApp();
    await userEvent.click(screen.getByRole('switch', { name: 'Show reply' }));
    expect(position()).toBe('Step 5 of 10');
    await userEvent.click(screen.getByRole('switch', { name: 'Naive picture' }));
    expect(position()).toBe('Step 5 of 8');
    await userEvent.click(screen.getByRole('switch', { name: 'Show reply' }));
    expect(position()).toBe('Step 4 of 4');
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=4');
  });

  it('picks another scenario from step 0', async () => {
    openAt('?scenario=rabbit-hole&step=2');
    renderApp();
    await userEvent.selectOptions(screen.getByLabelText('Scenario'), 'path-miss-404');
    expect(heading()).toHaveTextContent('No rule matches: 404');
    expect(position()).toBe('Start');
    expect(window.location.search).toBe('?scenario=path-miss-404');
    await userEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(screen.getByLabelText('Outcome')).toHaveTextContent('HTTP 404');
  });

  it('switches the theme on <html> and in the URL', async () => {
    renderApp();
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.click(screen.getByRole('switch', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.location.search).toBe('?scenario=rabbit-hole&theme=dark');
    await userEvent.click(screen.getByRole('switch', { name: 'Dark theme' }));
    expect(window.location.search).toBe('?scenario=rabbit-hole');
  });

  it('opens the shortcuts overlay from the ? button and the ? key', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('?');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
