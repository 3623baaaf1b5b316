/**
 * The game's API client (src/game/online/api.ts): how it classifies what came back, and that its
 * time limit covers the whole answer, so a server that sends headers and then stalls cannot hold
 * the delivery queue (which sends one entry at a time) forever. Time is faked: no wall clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, ServerApi } from '../../src/game/online/api';

const BASE = 'http://example.test/api/';

/** A fetch whose answer is headers and then a body that never ends, until the request is aborted. */
function stallingFetch(): typeof fetch {
  return (_input, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"ok":'));
        init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    });
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ServerApi', () => {
  it('gives up on an answer whose body stalls after the time limit, as offline', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', stallingFetch());
    const api = new ServerApi(BASE, 1000);
    const call = api.record('t'.repeat(43)).then(
      () => 'answered',
      (e: unknown) => (e instanceof ApiFailure ? e.kind : 'other'),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(await call).toBe('offline');
  });

  it('tells a host without the server (a page, a 404) from a server that is down (no answer, a 5xx)', async () => {
    const answer = (status: number, body: string, type = 'text/html'): typeof fetch => () => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }));
    vi.stubGlobal('fetch', answer(200, '<!doctype html><title>game</title>'));
    expect(await new ServerApi(BASE).probe()).toBe('absent');
    vi.stubGlobal('fetch', answer(404, 'Not found'));
    expect(await new ServerApi(BASE).probe()).toBe('absent');
    vi.stubGlobal('fetch', answer(502, '<h1>Bad gateway</h1>'));
    expect(await new ServerApi(BASE).probe()).toBe('down');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    expect(await new ServerApi(BASE).probe()).toBe('down');
    vi.stubGlobal('fetch', answer(200, '{"ok":true}', 'application/json'));
    expect(await new ServerApi(BASE).probe()).toBe('up');
  });
});

describe('ServerApi refusals', () => {
  it('passes the server’s Chinese message on, and never an English one (a proxy’s, an older server’s Fastify body)', async () => {
    const answer = (status: number, body: unknown): typeof fetch => () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    const refusal = async (): Promise<ApiFailure> => {
      const e: unknown = await new ServerApi(BASE).competitionPlayers(null, 'xyz').then(
        () => null,
        (f: unknown) => f,
      );
      if (!(e instanceof ApiFailure)) throw new Error('expected an ApiFailure');
      return e;
    };
    vi.stubGlobal('fetch', answer(404, { error: 'unknown-competition', message: '没有这个竞赛' }));
    expect(await refusal()).toMatchObject({ kind: 'refused', code: 'unknown-competition', message: '没有这个竞赛' });
    vi.stubGlobal('fetch', answer(400, { error: 'Bad Request', code: 'FST_ERR_BAD_URL', message: "'/api/%ZZ' is not a valid url component", statusCode: 400 }));
    const english = await refusal();
    expect(english.message).toMatch(/[\u4e00-\u9fff]/);
    expect(english.message).not.toMatch(/[a-z]{3}/i);
    vi.stubGlobal('fetch', answer(400, { error: 'invalid-body', message: 'params/id must match format "uuid"' }));
    expect((await refusal()).message).not.toMatch(/must|uuid|params/);
  });
});
