/**
 * The deck's own words, as data (deckQuotes.json, copied word for word from the cleaned deck),
 * and the checks that hold the catalogue and the cases to them: a principle's or red line's
 * `# source:` and a deck case's `# essence:` / `# advice:` must be a verbatim part of that
 * case's 精髓 or 忠告.
 */
import quotes from './deckQuotes.json';

interface DeckCase {
  readonly number: number;
  readonly title: string;
  readonly essence: string | null;
  readonly advice: string | null;
}

export const DECK_CASES: readonly DeckCase[] = quotes.cases;

const SOURCE = /^案例\s*(\d+)\s*(精髓|忠告)\s*[:：]\s*([\s\S]+)$/;
/** Material of the bank's own (issue 9): accepted as it is, and labelled as the bank's. */
const BANK = /^本行/;

function deckText(n: number, kind: '精髓' | '忠告'): string | null | undefined {
  const c = DECK_CASES.find((x) => x.number === n);
  if (c === undefined) return undefined;
  return kind === '精髓' ? c.essence : c.advice;
}

/** Null when `source` quotes the deck verbatim (or is the bank's own material); else what is wrong. */
export function sourceProblem(source: string): string | null {
  if (BANK.test(source.trim())) return null;
  const m = SOURCE.exec(source.trim());
  if (m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined) {
    return `出处“${source}”应写成“案例N 精髓：原文”或“案例N 忠告：原文”（本行自己的材料写“本行：……”）`;
  }
  const kind = m[2] === '精髓' ? '精髓' : '忠告';
  const text = deckText(Number(m[1]), kind);
  if (text === undefined) return `课件里没有案例${m[1]}`;
  if (text === null) return `课件的案例${m[1]}没有${kind}`;
  return text.includes(m[3].trim()) ? null : `出处不是案例${m[1]}${kind}的原文：“${m[3].trim()}”；原文是“${text}”`;
}

/** For a case whose number is one of the deck's: is its header 精髓/忠告 the deck's words? */
export function headerQuoteProblem(number: number, kind: '精髓' | '忠告', text: string): string | null {
  const deck = deckText(number, kind);
  if (deck === undefined || deck === null) return null;
  return deck.includes(text.trim()) ? null : `案例${number}的${kind}应逐字引用课件：“${deck}”`;
}

/**
 * A case's number against its origin: a deck case carries one of the deck's case numbers, a bank
 * case a number of its own from 1. Empty when both fit. (Clashes between cases are checked where
 * the whole set is known: src/build/buildInk.ts.)
 */
export function originProblems(meta: { readonly origin: 'deck' | 'bank'; readonly number: number }): string[] {
  if (meta.origin === 'deck') {
    return DECK_CASES.some((c) => c.number === meta.number)
      ? []
      : [`课件里没有案例${meta.number}：课件案例（# origin: deck）的序号是课件里的 1–${DECK_CASES.length}；本行自编的案例请写 # origin: bank`];
  }
  return meta.number >= 1 ? [] : [`本行案例的序号要从 1 起（现在是 ${meta.number}）`];
}
