import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/build/vitePluginInk';

export default defineConfig({
  base: './',
  // INK_DIR lets a test build the game from another ink folder (the game's JS must not change).
  plugins: [inkPlugin(process.env['INK_DIR'] ?? 'ink')],
  resolve: {
    // Howler's core build: the spatial-audio plugin is not used, and every kilobyte counts
    // against the bare Phaser page in `npm run bench`.
    alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }],
  },
  publicDir: 'public',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2600,
    // The trainee game and the trainers' Studio are separate pages with separate bundles; the
    // manifest lets the bench count only what the game page loads.
    manifest: true,
    // Sounds stay files (fetched when played), never base64 inside the game's JavaScript.
    assetsInlineLimit: (file) => (/\.(ogg|mp3|wav)$/.test(file) ? false : undefined),
    rolldownOptions: {
      input: { game: 'index.html', studio: 'studio.html', guide: 'guide.html', admin: 'admin.html' },
      // Phaser in a chunk of its own, so its file (and the browser's cache of it) outlives game changes.
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] } },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        // Building and checking every case takes seconds; the limit only stops a hang (no verdict
        // depends on time).
        test: { name: 'unit', include: ['tests/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A shared 2-core machine can be slow: give the page time before a poll gives up.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
