import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { withCspMeta } from './electron/csp.ts';

// The renderer is built once into dist/renderer and served by Electron's app:// protocol or by the
// bridge; relative asset paths work for both. The built index.html carries the strict CSP as a meta
// tag too (the same policy as the header, from electron/csp.ts).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), { name: 'cakap-csp-meta', apply: 'build', transformIndexHtml: (html) => withCspMeta(html) }],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
});
