// Builds the server (src/server) for plain `node`: `vite build --config vite.server.config.ts`.
// The core uses bundler-style extensionless imports, so the server is bundled at build time from
// the same src/core the game runs; packages stay external (loaded from node_modules at run time:
// native better-sqlite3, pg, piscina, fastify and its plugins, inkjs).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'build/server',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { main: 'src/server/main.ts', replayWorker: 'src/server/replay/worker.ts', checkWorker: 'src/server/publish/checkWorker.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
