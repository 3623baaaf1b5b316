/**
 * The words for the codes the core's results carry (grades, red lines are named in the
 * catalogue). Pure data, no DOM: the game, the Studio and the command-line tools share it.
 */
import type { Grade } from '../../core';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  A: '优秀',
  B: '良好',
  C: '合格',
  D: '待提高',
};
