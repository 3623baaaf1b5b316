/** The piscina worker for publish checks (check.ts). Built as build/server/checkWorker.js. */
import { checkForPublish, type PublishCheckOutcome, type PublishCheckTask } from './check';

export default function run(task: PublishCheckTask): PublishCheckOutcome {
  return checkForPublish(task);
}
