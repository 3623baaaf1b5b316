/**
 * Published cases. At start the server publishes the build's content (dist/content/index.json
 * and the stories it names, written by src/core's contentBundle) into published_cases, keyed by
 * story hash; a story already there is left as it is. Replays read stories from the database,
 * so every server process sees the same cases. Rows are immutable (the key is the content's own
 * hash), so each process may keep the ones it has read.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { CONTENT_INDEX_PATH, contentHash, parseContentIndex, type Catalogue, type ContentIndex } from '../core';
import type { Database } from './db/schema';

export interface PublishedCase {
  readonly storyHash: string;
  readonly caseId: string;
  readonly number: number;
  readonly title: string;
  readonly storyJson: string;
  readonly catalogueHash: string;
  readonly catalogueJson: string;
}

export interface LoadedContent {
  /** Story hashes of the build's cases, in case-number order: what "the current cases" are. */
  readonly current: readonly string[];
  readonly catalogue: Catalogue;
  /** The build's content index as read (cases published from the Studio are added per request: publish/publish.ts). */
  readonly index: ContentIndex;
  /** Cases the index names but that could not be published, with the reason. */
  readonly skipped: readonly string[];
}

/**
 * Publishes the content index under `distDir` (publisher 'build'). Throws when the index is
 * missing or unreadable: the server has nothing to verify against without it.
 */
export async function publishBuildContent(db: Kysely<Database>, distDir: string, now: string): Promise<LoadedContent> {
  const indexFile = resolve(distDir, CONTENT_INDEX_PATH);
  const { index, skipped } = parseContentIndex(JSON.parse(await readFile(indexFile, 'utf8')) as unknown);
  const skippedAll = [...skipped];
  const current: string[] = [];
  const catalogueJson = JSON.stringify(index.catalogue);
  for (const c of index.cases) {
    const storyJson = await readFile(resolve(dirname(indexFile), c.story), 'utf8');
    if (contentHash(storyJson) !== c.hash) {
      skippedAll.push(`${c.meta.id}: 故事文件与其哈希不符`);
      continue;
    }
    await db
      .insertInto('published_cases')
      .values({
        story_hash: c.hash,
        case_id: c.meta.id,
        number: c.meta.number,
        title: c.meta.title,
        card_json: JSON.stringify(c.meta),
        knots_json: JSON.stringify(c.knots),
        story_json: storyJson,
        catalogue_hash: index.catalogue.hash,
        catalogue_json: catalogueJson,
        publisher: 'build',
        published_at: now,
      })
      .onConflict((oc) => oc.column('story_hash').doNothing())
      .execute();
    current.push(c.hash);
  }
  return { current, catalogue: index.catalogue, index, skipped: skippedAll };
}

/**
 * Cases kept read (each some tens of kilobytes of story): every current case and the versions
 * still being finished, while years of republished versions stay on disk.
 */
export const KEPT_CASES = 128;

/** Reads published cases by hash, keeping the most recently used (rows never change). */
export class CaseStore {
  private readonly cache = new LRUCache<string, PublishedCase>({ max: KEPT_CASES });

  constructor(private readonly db: Kysely<Database>) {}

  /** The case published under `storyHash`, or null. */
  async get(storyHash: string): Promise<PublishedCase | null> {
    const hit = this.cache.get(storyHash);
    if (hit !== undefined) return hit;
    const row = await this.db.selectFrom('published_cases').selectAll().where('story_hash', '=', storyHash).executeTakeFirst();
    if (row === undefined) return null;
    const c: PublishedCase = {
      storyHash: row.story_hash,
      caseId: row.case_id,
      number: row.number,
      title: row.title,
      storyJson: row.story_json,
      catalogueHash: row.catalogue_hash,
      catalogueJson: row.catalogue_json,
    };
    this.cache.set(storyHash, c);
    return c;
  }
}
