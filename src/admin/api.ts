/**
 * A small client for the server's admin API (src/server/admin/routes.ts), used by the admin page
 * and by the Studio's 发布到服务器. Browser-only (fetch, relative URLs): the pages are served by
 * the same server. Errors come back as AdminApiError with the server's reason code and Chinese
 * message (and, for a refused publish, the checker's findings).
 */

export type { Competition } from '../core';

export interface Finding {
  readonly severity: string;
  readonly code: string | null;
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly hint: string | null;
}

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's reason code (`wrong-credential`, `check-failed`, …), or `network`. */
    readonly reason: string,
    message: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

export interface PublishResult {
  readonly caseId: string;
  readonly storyHash: string;
  readonly title: string;
  readonly label: string;
  readonly created: boolean;
  readonly warnings: readonly Finding[];
}

/** Resolves `path` against the page (so a server under a sub-path works too). */
const url = (base: string, path: string): string => new URL(path.replace(/^\//, ''), base).href;

export class AdminClient {
  constructor(
    /** The page's base (document.baseURI), or a server's address ending in '/'. */
    private readonly base: string,
    private token: string | null = null,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  get signedIn(): boolean {
    return this.token !== null;
  }

  /** The admin session, to keep for this tab (never the credential itself). */
  get session(): string | null {
    return this.token;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.token !== null) headers['authorization'] = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.fetchFn(url(this.base, path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new AdminApiError(0, 'network', `连不上服务器（${e instanceof Error ? e.message : String(e)}）`);
    }
    if (!res.ok) {
      const b = (await res.json().catch(() => ({}))) as { error?: string; message?: string; findings?: Finding[] };
      if (res.status === 401 && b.error === 'admin-required') this.token = null;
      throw new AdminApiError(res.status, b.error ?? `http-${res.status}`, b.message ?? `服务器返回 ${res.status}`, b.findings ?? []);
    }
    return res;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await this.request(method, path, body)).json()) as T;
  }

  /** Exchanges the credential for an admin session. */
  async signIn(credential: string): Promise<void> {
    this.token = null;
    this.token = (await this.json<{ token: string }>('POST', 'api/admin/login', { credential })).token;
  }

  signOut(): void {
    this.token = null;
  }

  /** Publishes a case from its ink sources (the server runs the checker first). */
  publish(caseFile: string, files: Readonly<Record<string, string>>, publisher?: string): Promise<PublishResult> {
    return this.json<PublishResult>('POST', 'api/admin/cases', { caseFile, files, ...(publisher === undefined || publisher === '' ? {} : { publisher }) });
  }
}
