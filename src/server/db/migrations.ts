/**
 * One set of migrations for SQLite and PostgreSQL, written with Kysely's schema builder (no
 * dialect-specific SQL). They live in code, not in a folder scanned at run time, so the bundled
 * server carries them. Never edit a migration that has shipped: add the next one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { fillBoardCounts, fillSummaries } from '../summaries';
import type { Database } from './schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then, not as Database describes it now */
type Db = Kysely<any>;

const m0001: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('branches')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('players')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('branch_code', 'text', (c) => c.notNull().references('branches.code'))
      .addColumn('pin_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('players_branch_name', ['branch_code', 'name'])
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('published_cases')
      .addColumn('story_hash', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('card_json', 'text', (c) => c.notNull())
      .addColumn('knots_json', 'text', (c) => c.notNull())
      .addColumn('story_json', 'text', (c) => c.notNull())
      .addColumn('catalogue_hash', 'text', (c) => c.notNull())
      .addColumn('catalogue_json', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('story_hash', 'text', (c) => c.notNull().references('published_cases.story_hash'))
      .addColumn('catalogue_hash', 'text', (c) => c.notNull())
      .addColumn('scoring_version', 'integer', (c) => c.notNull())
      .addColumn('seed', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('online', 'integer', (c) => c.notNull())
      .addColumn('is_first', 'integer', (c) => c.notNull())
      .addColumn('path_json', 'text')
      .addColumn('score', 'integer')
      .addColumn('raw_score', 'integer')
      .addColumn('grade', 'text')
      .addColumn('ending_id', 'text')
      .addColumn('breaches_json', 'text')
      .addColumn('principles_json', 'text')
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('idempotency_key', 'text', (c) => c.unique())
      .execute();
    await db.schema.createIndex('attempts_board').on('attempts').columns(['story_hash', 'status', 'score']).execute();
    await db.schema.createIndex('attempts_player').on('attempts').columns(['player_id', 'story_hash']).execute();
    await db.schema
      .createTable('attempt_principles')
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id'))
      .addColumn('player_id', 'text', (c) => c.notNull())
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('principle_id', 'text', (c) => c.notNull())
      .addColumn('earned', 'integer', (c) => c.notNull())
      .addColumn('possible', 'integer', (c) => c.notNull())
      .addColumn('percent', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('attempt_principles_pk', ['attempt_id', 'principle_id'])
      .execute();
    await db.schema.createIndex('attempt_principles_board').on('attempt_principles').columns(['story_hash', 'principle_id', 'percent']).execute();
    await db.schema
      .createTable('first_attempts')
      .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id'))
      .addPrimaryKeyConstraint('first_attempts_pk', ['player_id', 'story_hash'])
      .execute();
    await db.schema
      .createTable('competitions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('opens_at', 'text', (c) => c.notNull())
      .addColumn('closes_at', 'text', (c) => c.notNull())
      .addColumn('cases_json', 'text', (c) => c.notNull())
      .addColumn('branches_json', 'text', (c) => c.notNull())
      .addColumn('ranking_rule', 'text', (c) => c.notNull())
      .addColumn('require_online', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Db) {
    for (const t of ['competitions', 'first_attempts', 'attempt_principles', 'attempts', 'published_cases', 'sessions', 'players', 'branches']) {
      await db.schema.dropTable(t).execute();
    }
  },
};
/** Rate-limit counters shared by every server process (see rateLimitStore.ts). */
const m0002: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addColumn('window_ends', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Db) {
    await db.schema.dropTable('rate_limits').execute();
  },
};
/**
 * Organisers' administration (issue 10): a competition's state and minimum participation, admin
 * sessions, the branch map of a case published from the Studio, and which version of each case
 * the case board lists (a case published from the Studio takes its case id's place on the board).
 */
const m0003: Migration = {
  async up(db: Db) {
    await db.schema.alterTable('competitions').addColumn('state', 'text', (c) => c.notNull().defaultTo('draft')).execute();
    await db.schema.alterTable('competitions').addColumn('min_players', 'integer', (c) => c.notNull().defaultTo(3)).execute();
    await db.schema.alterTable('published_cases').addColumn('map_svg', 'text').execute();
    await db.schema.alterTable('branches').addColumn('edited_by_admin', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema
      .createTable('admin_sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('case_listing')
      .addColumn('case_id', 'text', (c) => c.primaryKey())
      .addColumn('story_hash', 'text', (c) => c.notNull().references('published_cases.story_hash'))
      .addColumn('listed_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Db) {
    await db.schema.dropTable('case_listing').execute();
    await db.schema.dropTable('admin_sessions').execute();
    await db.schema.alterTable('branches').dropColumn('edited_by_admin').execute();
    await db.schema.alterTable('published_cases').dropColumn('map_svg').execute();
    await db.schema.alterTable('competitions').dropColumn('min_players').execute();
    await db.schema.alterTable('competitions').dropColumn('state').execute();
  },
};
/**
 * Summary tables for the boards (see summaries.ts), filled from the attempts already recorded.
 * Indexes follow the boards' order: best descending, then earliest, then player id.
 */
const m0004: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('board_bests')
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('principle_id', 'text', (c) => c.notNull())
      .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
      .addColumn('best', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('board_bests_pk', ['story_hash', 'principle_id', 'player_id'])
      .execute();
    await db.schema.createIndex('board_bests_rank').on('board_bests').columns(['story_hash', 'principle_id', 'best desc', 'at', 'player_id']).execute();
    await db.schema
      .createTable('first_scores')
      .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('branch_code', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('first_scores_pk', ['player_id', 'story_hash'])
      .execute();
    await db.schema
      .createTable('branch_story_totals')
      .addColumn('branch_code', 'text', (c) => c.notNull())
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('branch_story_totals_pk', ['branch_code', 'story_hash'])
      .execute();
    await db.schema.createIndex('players_branch').on('players').columns(['branch_code', 'id']).execute();
    await fillSummaries(db as Kysely<Database>);
  },
  async down(db: Db) {
    await db.schema.dropIndex('players_branch').execute();
    for (const t of ['branch_story_totals', 'first_scores', 'board_bests']) await db.schema.dropTable(t).execute();
  },
};
/**
 * How many players hold each best value on each board (summaries.ts): a rank is then the sum of
 * at most 101 counts above the value plus the ties reached earlier, instead of a count of every
 * row above (npm run bench:server: the own record ranks the trainee on all 20 boards at once).
 */
const m0005: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('board_counts')
      .addColumn('story_hash', 'text', (c) => c.notNull())
      .addColumn('principle_id', 'text', (c) => c.notNull())
      .addColumn('best', 'integer', (c) => c.notNull())
      .addColumn('players', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('board_counts_pk', ['story_hash', 'principle_id', 'best'])
      .execute();
    await fillBoardCounts(db as Kysely<Database>);
  },
  async down(db: Db) {
    await db.schema.dropTable('board_counts').execute();
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Readonly<Record<string, Migration>> = { '0001_initial': m0001, '0002_rate_limits': m0002, '0003_admin': m0003, '0004_board_summaries': m0004, '0005_board_counts': m0005 };

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
