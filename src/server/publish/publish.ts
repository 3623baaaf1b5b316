/**
 * Publishing a case from the Studio (POST /api/admin/cases): the sources go through the same
 * checker as the build (check.ts, in a worker); a case with errors is refused with the findings
 * (422 'check-failed'); a case that passes is stored by its story hash in published_cases (with
 * its branch map) and listed on the case board in its case id's place (case_listing), so
 * trainees see it at their next visit without a rebuild. Boards key on the story hash: a changed
 * case starts a fresh board.
 */
import type { Kysely } from 'kysely';
import { caseCard, caseLabel, compareCases, type CaseCard, type ContentCase, type ContentIndex } from '../../core';
import type { LoadedContent } from '../content';
import type { Database } from '../db/schema';
import { ApiError } from '../errors';
import type { Finding } from './check';
import type { CheckPool } from './pool';

export interface PublishedReply {
  readonly caseId: string;
  readonly storyHash: string;
  readonly title: string;
  readonly label: string;
  /** False when this exact story was already published (nothing changed). */
  readonly created: boolean;
  /** Warnings the checker found (a case with warnings is published). */
  readonly warnings: Finding[];
}

/** Thrown for a refused publish: 422 with the checker's findings. */
export class PublishRefused extends ApiError {
  constructor(
    reason: string,
    message: string,
    readonly findings: Finding[],
  ) {
    super(422, reason, message);
  }
}

export async function publishCase(
  db: Kysely<Database>,
  pool: CheckPool,
  content: LoadedContent,
  input: { files: Readonly<Record<string, string>>; caseFile: string; publisher: string },
  now: string,
): Promise<PublishedReply> {
  const outcome = await pool.check({ files: input.files, caseFile: input.caseFile, catalogueHash: content.catalogue.hash });
  if (!outcome.ok) {
    if (outcome.reason === 'no-case-file') throw new ApiError(400, 'no-case-file', outcome.message);
    throw new PublishRefused(outcome.reason, outcome.message, outcome.findings);
  }
  const meta = outcome.meta;
  // One case per label on the board: another case id may not take this case's number.
  const listed = await listedCards(db, content);
  const clash = listed.find((c) => c.id !== meta.id && caseLabel(c) === caseLabel(meta));
  if (clash !== undefined) {
    throw new PublishRefused('case-number', `${caseLabel(meta)}已经是“${clash.title}”（${clash.id}）：请换一个序号`, [
      { severity: 'error', code: 'case-number', file: input.caseFile, line: 1, message: `${caseLabel(meta)}已经是“${clash.title}”：每个案例的序号不能重复`, hint: null },
    ]);
  }
  const inserted = await db
    .insertInto('published_cases')
    .values({
      story_hash: outcome.hash,
      case_id: meta.id,
      number: meta.number,
      title: meta.title,
      card_json: JSON.stringify(caseCard(meta)),
      knots_json: JSON.stringify(outcome.knots),
      story_json: outcome.json,
      catalogue_hash: content.catalogue.hash,
      catalogue_json: JSON.stringify(content.catalogue),
      publisher: input.publisher,
      published_at: now,
      map_svg: outcome.mapSvg,
    })
    .onConflict((oc) => oc.column('story_hash').doNothing())
    .executeTakeFirst();
  await db
    .insertInto('case_listing')
    .values({ case_id: meta.id, story_hash: outcome.hash, listed_at: now })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ story_hash: outcome.hash, listed_at: now }))
    .execute();
  return { caseId: meta.id, storyHash: outcome.hash, title: meta.title, label: caseLabel(meta), created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0, warnings: outcome.warnings.filter((f) => f.severity !== 'todo') };
}

/** The cards of the cases on the board now (the build's, with published versions in their ids' places). */
async function listedCards(db: Kysely<Database>, content: LoadedContent): Promise<CaseCard[]> {
  const hashes = await currentStories(db, content);
  if (hashes.length === 0) return [];
  const rows = await db.selectFrom('published_cases').select(['card_json']).where('story_hash', 'in', hashes).execute();
  return rows.map((r) => JSON.parse(r.card_json) as CaseCard);
}

/**
 * The story hashes on the case board now, in board order: the build's cases, each replaced by the
 * version published from the Studio under the same case id, then cases only published from the
 * Studio. What "the current cases" are for /api/cases, the content index and the branch board.
 */
export async function currentStories(db: Kysely<Database>, content: LoadedContent): Promise<string[]> {
  const listing = await db
    .selectFrom('case_listing as l')
    .innerJoin('published_cases as c', 'c.story_hash', 'l.story_hash')
    .select(['l.case_id', 'l.story_hash', 'c.card_json'])
    .execute();
  if (listing.length === 0) return [...content.current];
  const byId = new Map(listing.map((l) => [l.case_id, l.story_hash]));
  const cards = new Map(listing.map((l) => [l.story_hash, JSON.parse(l.card_json) as CaseCard]));
  const out: { hash: string; card: CaseCard }[] = [];
  const current = new Set(content.current);
  for (const c of content.index.cases) {
    if (!current.has(c.hash)) continue;
    const replaced = byId.get(c.meta.id);
    const card = replaced === undefined ? undefined : cards.get(replaced);
    out.push(replaced === undefined || card === undefined ? { hash: c.hash, card: c.meta } : { hash: replaced, card });
    byId.delete(c.meta.id);
  }
  for (const hash of byId.values()) {
    const card = cards.get(hash);
    if (card !== undefined) out.push({ hash, card });
  }
  return out
    .sort((a, b) => compareCases(a.card, b.card))
    .map((x) => x.hash);
}

/**
 * The content index the game reads (content/index.json), served by the server: the build's
 * index with the cases on the board now (currentStories). Files of cases published from the
 * Studio are served from the database under the same relative names (cases/<hash>.json,
 * maps/<hash>.svg), so the game needs no change and no rebuild.
 */
export async function currentIndex(db: Kysely<Database>, content: LoadedContent): Promise<ContentIndex> {
  const hashes = await currentStories(db, content);
  const build = new Map(content.index.cases.map((c) => [c.hash, c]));
  const missing = hashes.filter((h) => !build.has(h));
  const rows = missing.length === 0 ? [] : await db.selectFrom('published_cases').select(['story_hash', 'card_json', 'knots_json']).where('story_hash', 'in', missing).execute();
  const published = new Map(
    rows.map((r): [string, ContentCase] => [
      r.story_hash,
      { meta: JSON.parse(r.card_json) as CaseCard, hash: r.story_hash, knots: JSON.parse(r.knots_json) as Record<string, string>, story: `cases/${r.story_hash}.json`, map: `maps/${r.story_hash}.svg` },
    ]),
  );
  const cases = hashes.map((h) => build.get(h) ?? published.get(h)).filter((c): c is ContentCase => c !== undefined);
  return { ...content.index, cases };
}
