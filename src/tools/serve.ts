/**
 * npm start: serves the built game (dist/) on localhost and prints the URL.
 * PORT and HOST may be set in the environment; Ctrl+C stops it cleanly.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm start does this for you).');
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 4173);
const host = process.env['HOST'] ?? '127.0.0.1';
const server = await preview({ root, configFile: false, base: './', build: { outDir: 'dist' }, preview: { port, host, strictPort: false, open: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
console.log(`\n  厅堂服务情景训练 is running at ${url}\n  (Ctrl+C to stop)\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
