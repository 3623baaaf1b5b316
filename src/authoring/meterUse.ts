/**
 * Which meters a compiled story reads for more than changing or printing them: a condition, a
 * divert, an argument. A meter that is only ever incremented (`~ trust += 10`) changes nothing in the
 * story; unless its catalogue threshold is crossed on some path, it is decoration, and the
 * checker says so (issue: every meter shown has a consequence).
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObj(x: Json | undefined): x is { [k: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * In compiled ink, `~ x += n` is `{"VAR?":"x"}, n, "+", {"VAR=":"x","re":true}` and
 * `~ x = x - n` is `{"VAR?":"x"}, n, "-", "/ev", {"VAR=":"x","re":true}` (the operand may itself
 * be a variable read). True when the read at `i` is exactly one of those.
 */
function isIncrement(arr: readonly Json[], i: number, name: string): boolean {
  const operand = arr[i + 1];
  const op = arr[i + 2];
  const literal = typeof operand === 'number' || (isObj(operand) && typeof operand['VAR?'] === 'string');
  if (!literal || (op !== '+' && op !== '-')) return false;
  const next = arr[i + 3] === '/ev' ? arr[i + 4] : arr[i + 3];
  return isObj(next) && next['VAR='] === name;
}

/** The subset of `meters` the story reads other than to change them. */
export function metersRead(json: string, meters: readonly string[]): Set<string> {
  const want = new Set(meters);
  const read = new Set<string>();
  const walk = (x: Json): void => {
    if (Array.isArray(x)) {
      x.forEach((el, i) => {
        // Printing a value (`{trust}` compiles to the read, then "out") shows it; it decides nothing.
        if (isObj(el) && typeof el['VAR?'] === 'string' && want.has(el['VAR?']) && !isIncrement(x, i, el['VAR?']) && x[i + 1] !== 'out') read.add(el['VAR?']);
        walk(el);
      });
    } else if (isObj(x)) {
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(JSON.parse(json) as Json);
  return read;
}
