/** Messages between the Studio page and its preview worker (previewWorker.ts). */
import type { CaseMeta } from '../core';

export interface PreviewRequest {
  readonly id: number;
  readonly files: Readonly<Record<string, string>>;
  readonly file: string;
  /** Also explore the story and draw its map (the checker sent none). */
  readonly map: boolean;
}

export interface PreviewAnswer {
  readonly id: number;
  /** What the preview plays: null when the ink does not compile. */
  readonly compiled: { readonly json: string; readonly hash: string; readonly meta: CaseMeta; readonly knots: Readonly<Record<string, string>> } | null;
  /** True when the file has no case header and `meta` stands in for it. */
  readonly foreign: boolean;
  readonly mapSvg: string | null;
  readonly knotNames: readonly string[];
  readonly failure: string | null;
}
