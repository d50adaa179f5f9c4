/* global URL */
// Builds the standalone client benchmark page (bench/client) into artifacts/bench-client.
// It imports the client's own modules from client/src, so it renders and lays out
// exactly as the app does. Run by bench/client-bench.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../artifacts/bench-client', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
});
