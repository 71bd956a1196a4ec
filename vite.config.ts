import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The app: `npm start` / `npm run dev` serve it, `npm run build` writes dist/. */
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { open: !process.env.CI && !process.env.PACKETWALK_NO_OPEN },
});
