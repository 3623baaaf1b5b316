/**
 * Serves the built game (dist/, built by `npm run test:e2e` before Vitest starts) on a free
 * localhost port for the end-to-end tests, and stops it afterwards.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npx vite build` first');
  const server = await preview({ root, configFile: false, base: './', build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('preview server has no URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
