/**
 * Branches come from the organisation's file (public/config/branches.json, served as
 * config/branches.json in the build), validated by the core's parseBranches. An entry may carry a
 * `region` (片区); the game ignores it. Loading upserts: names and regions follow the file, unless
 * an organiser has edited that branch (PUT /api/admin/branches/:code): the later, deliberate edit
 * wins over the file at every start. A branch removed from the file stays in the database
 * (players and attempts refer to it).
 */
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { parseBranches } from '../core';
import type { Database } from './db/schema';

export interface BranchEntry {
  readonly code: string;
  readonly name: string;
  readonly region: string;
}

/** Validates the file's content; throws an Error naming the problem (as the game's parser does). */
export function readBranchFile(data: unknown): BranchEntry[] {
  const branches = parseBranches(data);
  const raw = (data as { branches: unknown[] }).branches;
  return branches.map((b, i) => {
    const region = (raw[i] as Record<string, unknown>)['region'];
    return { code: b.id, name: b.name, region: typeof region === 'string' ? region.trim() : '' };
  });
}

export async function loadBranches(db: Kysely<Database>, file: string, now: string): Promise<BranchEntry[]> {
  const entries = readBranchFile(JSON.parse(await readFile(file, 'utf8')) as unknown);
  for (const b of entries) {
    await db
      .insertInto('branches')
      .values({ code: b.code, name: b.name, region: b.region, updated_at: now })
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: b.name, region: b.region, updated_at: now }).where('branches.edited_by_admin', '=', 0))
      .execute();
  }
  return entries;
}
