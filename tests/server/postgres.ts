/**
 * A real PostgreSQL for the tests, started by the test run itself: initdb and pg_ctl from
 * Debian's binaries (/usr/lib/postgresql/<version>/bin) in a fresh temp folder, listening only on
 * a Unix socket there. PostgreSQL refuses to run as root, so as root it runs through
 * `runuser -u postgres --` (STACK.md pitfall 11). If it cannot start, this throws with the
 * server's log: the tests fail loudly rather than skip.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Postgres {
  /** A connection URL for a new, empty database on this server. */
  newDatabase(): Promise<string>;
  stop(): void;
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  const v = versions[0];
  if (v === undefined) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: run `bash src/tools/ensure-system-deps.sh` (installs postgresql)');
  return join(base, v, 'bin');
}

export function startPostgres(): Postgres {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'bank-lobby-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = 5432;
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off -c max_connections=200`]);
  } catch (e) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '(no server log)';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${e instanceof Error ? e.message : String(e)}\n${serverLog}`, { cause: e });
  }
  const url = (db: string): string => `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}&port=${port}`;
  let n = 0;
  return {
    async newDatabase() {
      const name = `test_${++n}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return url(name);
    },
    stop() {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
