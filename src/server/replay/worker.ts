/** The piscina worker: one replay per task (see verify.ts). Built as build/server/replayWorker.js. */
import { verifyMessage, type VerifyMessage, type WorkerOutcome } from './verify';

export default function run(message: VerifyMessage): WorkerOutcome {
  return verifyMessage(message);
}
