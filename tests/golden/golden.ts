/**
 * Golden walkthroughs are data: the choices a person would make, by the start of each option's
 * text, and the ending and grade the case must give. They are written from the deck, not derived
 * from the scorer.
 */
export interface Walkthrough {
  /** What this path is, e.g. “课件示范处理” or “课件中的不当处理”. */
  readonly name: string;
  /** At each choice point, the beginning of the text of the option taken (must match exactly one). */
  readonly choices: readonly string[];
  /** The ending id the path must reach. */
  readonly ending: string;
  /** The grade the path must get: 'A' (优秀) … 'D' (待提高). */
  readonly grade: 'A' | 'B' | 'C' | 'D';
}

export interface Golden {
  readonly caseId: string;
  readonly walkthroughs: readonly Walkthrough[];
}
