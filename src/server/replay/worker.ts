/** The piscina worker: one replay per task (see verify.ts). Built as build/server/replayWorker.js. */
import { verifyPath, type VerifyOutcome, type VerifyTask } from './verify';

export default function run(task: VerifyTask): VerifyOutcome {
  return verifyPath(task);
}
