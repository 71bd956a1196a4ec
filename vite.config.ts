import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { scenariosPlugin } from './src/app/build/index.ts';

/**
 * The app: `npm start` / `npm run dev` serve it, `npm run build` writes dist/.
 * `scenariosPlugin` pre-loads scenarios/*.yaml into `virtual:packetwalk/scenarios`.
 */
export default defineConfig({
  plugins: [react(), scenariosPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { open: !process.env.CI && !process.env.PACKETWALK_NO_OPEN },
});
