/** One checker thread of checkPool.ts: checks the case files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCase, checkCatalogue } from '../authoring/check';
import { inkFiles } from '../build/inkFolder';

const { inkDir } = workerData as { inkDir: string };
const files = inkFiles(inkDir);
const { catalogue } = checkCatalogue(files);
const port = parentPort;
if (port === null || catalogue === null) throw new Error('the checker thread has no parent or no catalogue');
port.on('message', (m: { index: number; file: string }) => {
  port.postMessage({ index: m.index, result: { file: m.file, ...checkCase(m.file, files, catalogue) } });
});
port.postMessage({ ready: true });
