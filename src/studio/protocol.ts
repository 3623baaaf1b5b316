/** Messages between the Studio page and its checker worker. */
import type { InkDiagnostic } from '../authoring/compile';
import type { Catalogue, CaseMeta } from '../core';

export interface CheckRequest {
  readonly id: number;
  /**
   * Every ink file by its name relative to the ink folder, subfolders included
   * (`parts/opening.ink`), the edited one too. Names and text are read through
   * src/authoring/inkSources.ts, as the build and the CLI read them (BOM, CRLF, `\`).
   */
  readonly files: Readonly<Record<string, string>>;
  /** The file being edited. */
  readonly file: string;
}

export interface CaseSummary {
  readonly paths: number;
  /** Distinct story states played through ink. */
  readonly states: number;
  /** Test-wise strategies and what each scores (any at B or above is an error). */
  readonly strategies: readonly { readonly label: string; readonly score: number; readonly grade: string }[];
  readonly complete: boolean;
  readonly endings: Readonly<Record<string, number>>;
  readonly scores: { readonly min: number; readonly median: number; readonly max: number } | null;
  readonly best: readonly string[];
  readonly worst: readonly string[];
}

export interface CheckResponse {
  readonly id: number;
  readonly diagnostics: readonly InkDiagnostic[];
  /** Present when the case compiled with no errors: what the preview plays. */
  readonly compiled: { readonly json: string; readonly hash: string; readonly meta: CaseMeta; readonly knots: Readonly<Record<string, string>> } | null;
  readonly catalogue: Catalogue | null;
  readonly summary: CaseSummary | null;
  /** The branch map as an SVG document, when the case compiled. */
  readonly mapSvg: string | null;
  /** Knot names, for "play from here". */
  readonly knotNames: readonly string[];
  /** Set when the checker itself failed (a bug, not the author's ink). */
  readonly failure: string | null;
  /**
   * The compiled story when ink compiled it but the checker's findings (tags, scoring, paths)
   * kept it out of `compiled`: a draft a trainer can still play. Null when `compiled` is set or
   * ink did not compile. (Added for drafting; optional so older pages still read the message.)
   */
  readonly draft?: CheckResponse['compiled'];
  /**
   * A short Chinese note for the trainer about what the file lacks to be one of this project's
   * cases (foreign ink: no `# case:` header, no scoring): it still plays and maps. Null otherwise.
   */
  readonly notice?: string | null;
}
