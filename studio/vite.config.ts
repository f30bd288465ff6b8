import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built with `npx vite build studio` from the repo root; the express server serves `studio/dist`
// on its own port, with the API under /api/v1. `npx vite studio` proxies /api to a local server.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
