// Accounts for the browser tests: the service's default admin (its one-time password file is named by
// KORTLAEGNING_ADMIN_FILE, set by scripts/browser-tests.sh), a bearer token for setting things up from node, and
// accounts with known passwords that a browser context signs in as.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { request } from 'playwright-core';

const CSRF = { 'X-Requested-With': 'browser-test' };
const PASSWORD = 'browser test pass phrase';
let adminToken = null;

async function login(api, email, password) {
  const r = await api.post('/api/account/login', { data: { email, password }, headers: CSRF });
  return r.ok() ? r.json() : null;
}

/** A token of the default admin; the first test process to sign in replaces its one-time password. */
export async function adminBearer(base) {
  if (adminToken) return adminToken;
  const file = process.env.KORTLAEGNING_ADMIN_FILE;
  assert.ok(file, 'KORTLAEGNING_ADMIN_FILE is not set: run scripts/browser-tests.sh');
  const [email, oneTime] = readFileSync(file, 'utf8').trim().split('\n');
  const api = await request.newContext({ baseURL: base });
  let me = await login(api, email, oneTime);
  if (me?.mustChangePassword) {
    const r = await api.post('/api/account/password', { data: { currentPassword: oneTime, newPassword: `${oneTime}-${PASSWORD}` }, headers: CSRF });
    assert.equal(r.status(), 204, await r.text());
  } else if (!me) {
    me = await login(api, email, `${oneTime}-${PASSWORD}`);
    assert.ok(me, 'the default admin cannot sign in');
  }
  const created = await api.post('/api/account/tokens', { data: { name: 'browser tests', days: 1 }, headers: CSRF });
  assert.equal(created.status(), 201, await created.text());
  adminToken = (await created.json()).token;
  await api.dispose();
  return adminToken;
}

/** Headers for node's fetch to write as the admin. */
export async function adminHeaders(base) {
  return { Authorization: `Bearer ${await adminBearer(base)}`, 'Content-Type': 'application/json' };
}

/** Creates (or re-grants) an account and answers its one-time password. */
export async function createAccount(base, email, role, municipality = null) {
  const r = await fetch(`${base}/api/account/users`, { method: 'POST', headers: await adminHeaders(base), body: JSON.stringify({ email, role, municipality }) });
  const text = await r.text();
  assert.equal(r.status, 201, text);
  return JSON.parse(text).password;
}

/** An account with a known password, signed in within the browser context (its pages share the session cookie). */
export async function signIn(context, base, email, role, municipality = null) {
  const oneTime = await createAccount(base, email, role, municipality);
  if (oneTime) {
    const api = await request.newContext({ baseURL: base });
    await login(api, email, oneTime);
    const r = await api.post('/api/account/password', { data: { currentPassword: oneTime, newPassword: PASSWORD }, headers: CSRF });
    assert.equal(r.status(), 204, await r.text());
    await api.dispose();
  }
  const r = await context.request.post(`${base}/api/account/login`, { data: { email, password: PASSWORD }, headers: CSRF });
  assert.equal(r.status(), 200, await r.text());
}
