import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createManualClock } from '../../src/player';
import { heading, openAt, position, renderApp } from './harness';
import { BROKEN_RABBIT_HOLE, bundled, entry, retitledRabbitHole } from './helpers';

beforeEach(() => openAt());

describe('App: files', () => {
  function upload(name: string, text: string) {
    const input = screen.getByLabelText('Scenario file');
    return userEvent.upload(input, new File([text], name, { type: 'application/yaml' }));
  }

  it('shows a failing opened file as diagnostics and keeps the scenario and step', async () => {
    openAt('?scenario=rabbit-hole&step=2');
    renderApp();
    await upload('mine.yaml', BROKEN_RABBIT_HOLE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAccessibleName('mine.yaml did not load');
    expect(alert).toHaveTextContent('mine.yaml:4:1: unknown field `metdata` at the top level');
    expect(alert).toHaveTextContent('Still showing the last good scenario: Down the rabbit hole.');
    expect(heading()).toHaveTextContent('Down the rabbit hole');
    expect(position()).toBe('Step 2 of 4');
  });

  it('shows an opened file that loads from step 0, outside the URL', async () => {
    openAt('?scenario=rabbit-hole&step=2');
    renderApp();
    await upload('mine.yaml', retitledRabbitHole('My own rabbit hole'));
    await waitFor(() => expect(heading()).toHaveTextContent('My own rabbit hole'));
    expect(heading()).toHaveTextContent('mine.yaml');
    expect(position()).toBe('Start');
    expect(screen.getByLabelText('Scenario')).toHaveDisplayValue('Opened file: mine.yaml');
    expect(window.location.search).toBe('');
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('Down the rabbit hole'));
    expect(position()).toBe('Step 2 of 4');
  });

  it('opens a file dropped on the page', async () => {
    renderApp();
    const file = new File([retitledRabbitHole('Dropped')], 'dropped.yaml');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    act(() => {
      window.dispatchEvent(drop);
    });
    await waitFor(() => expect(heading()).toHaveTextContent('Dropped'));
    expect(drop.defaultPrevented).toBe(true);
  });

  it('keeps the last good scenario when a hot update breaks it, and follows the fix', () => {
    const list = bundled('rabbit-hole', 'path-miss-404');
    openAt('?scenario=rabbit-hole&step=3');
    const { rerender } = renderApp({ scenarios: list });
    const broken = [entry('rabbit-hole.yaml', BROKEN_RABBIT_HOLE), ...list.slice(1)];
    rerender(<App clock={createManualClock()} reducedMotion scenarios={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('scenarios/rabbit-hole.yaml did not load');
    expect(alert).toHaveTextContent('scenarios/rabbit-hole.yaml:4:1: unknown field `metdata`');
    expect(heading()).toHaveTextContent('Down the rabbit hole');
    expect(position()).toBe('Step 3 of 4');
    const fixed = [entry('rabbit-hole.yaml', retitledRabbitHole('Fixed')), ...list.slice(1)];
    rerender(<App clock={createManualClock()} reducedMotion scenarios={fixed} />);
    expect(heading()).toHaveTextContent('Fixed');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(position()).toBe('Step 3 of 4');
  });
});
