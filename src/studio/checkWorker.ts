/**
 * Runs the checker off the main thread (src/studio/checkHandler.ts does the work) and posts the
 * results back. Each request is independent; the page ignores answers to requests it has since
 * replaced.
 */
import { handleCheckRequest } from './checkHandler';
import type { CheckRequest, CheckResponse } from './protocol';

self.onmessage = (e: MessageEvent<CheckRequest>): void => {
  let res: CheckResponse;
  try {
    res = handleCheckRequest(e.data);
  } catch (err) {
    res = {
      id: e.data.id,
      diagnostics: [],
      compiled: null,
      catalogue: null,
      summary: null,
      mapSvg: null,
      knotNames: [],
      failure: err instanceof Error ? err.message : String(err),
      draft: null,
      notice: null,
    };
  }
  self.postMessage(res);
};
