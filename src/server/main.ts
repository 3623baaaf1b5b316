/**
 * `npm start` runs this, built (build/server/main.js, plain node): the game and the API on one
 * port. Configuration from the environment (config.ts). Stops cleanly on SIGINT and SIGTERM.
 */
import { buildApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/connect';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env, process.cwd());
  } catch (e) {
    console.error(`Configuration error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  const database = openDatabase(config.database);
  const { app, content } = await buildApp({
    database,
    distDir: config.distDir,
    branchesFile: config.branchesFile,
    corsOrigins: config.corsOrigins,
    branchMinPlayers: config.branchMinPlayers,
    rateLimits: config.rateLimits,
    replayThreads: config.replayThreads,
    trustProxy: config.trustProxy,
    adminToken: config.adminToken,
    timeZone: config.timeZone,
    logger: { level: config.logLevel },
  });
  for (const s of content.skipped) app.log.warn(`case not published: ${s}`);
  const address = await app.listen({ port: config.port, host: config.host });
  const where = 'postgresUrl' in config.database ? 'PostgreSQL (DATABASE_URL)' : config.database.sqliteFile;
  console.log(`\n  厅堂服务情景训练 is running at ${address.replace('0.0.0.0', 'localhost')}/\n  ${content.current.length} cases · data: ${where} · admin: ${config.adminToken === null ? 'off (ADMIN_TOKEN unset)' : 'on'}\n  (Ctrl+C to stop)\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`The server could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
