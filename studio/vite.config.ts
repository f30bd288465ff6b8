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
    manifest: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // React in its own long-cached chunk, the app's core (api, i18n, session, routing) in another;
        // each feature (src/app/pages.ts) and shared component is split out by use.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'core', test: /src[\\/](api|i18n|session|routing|hooks)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
