/** Helpers for the admin tests: the test credential and signing in with it. */
import type { TestApp } from './harness';

export const ADMIN = 'test-admin-credential-0123456789';

export async function adminLogin(t: TestApp, credential = ADMIN): Promise<{ authorization: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential } });
  if (res.statusCode !== 200) throw new Error(`admin login: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ token: string }>().token}` };
}
