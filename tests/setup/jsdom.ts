import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// waitFor/findBy poll for up to 5 s (not 1 s): a diagram re-render in jsdom on a loaded 2-core
// CI machine can take over a second. They still return as soon as the condition holds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
