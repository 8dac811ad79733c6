import { problemSentence } from './i18n.js';

// Calls to the Kortlægning API. A 404 from an endpoint that has not landed yet becomes NotAvailableError,
// which each panel shows as a clear "not available yet" message instead of failing.

export class NotAvailableError extends Error {}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function handle(response) {
  if (response.ok) return response.status === 204 ? null : response.json();
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON */ }
  // A route that does not exist answers 404 without a problem "detail"; a missing record has one.
  if (response.status === 404 && !problem?.detail) throw new NotAvailableError(response.url);
  throw new ApiError(response.status, problem);
}

// Every call carries the session cookie (same origin only) and the header the service requires on cookie-signed writes:
// a page on another origin cannot add it without a CORS preflight, so it cannot write in the planner's name.
const SESSION = { credentials: 'same-origin' };
export const CSRF_HEADER = { 'X-Requested-With': 'kortlaegning' };

export async function getJson(url, init = {}) {
  return handle(await fetch(url, { ...SESSION, headers: { Accept: 'application/json', ...CSRF_HEADER }, ...init }));
}

export async function sendJson(method, url, body, headers = {}) {
  const response = await fetch(url, { ...SESSION, method, headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...CSRF_HEADER, ...headers }, body: JSON.stringify(body) });
  const data = await handle(response);
  return { data, etag: response.headers.get('ETag') };
}

/** A file as the request body with its own Content-Type (area uploads); the same answers and errors as sendJson. */
export async function sendFile(method, url, file, type) {
  const response = await fetch(url, { ...SESSION, method, headers: { 'Content-Type': type, Accept: 'application/json', ...CSRF_HEADER }, body: file });
  return handle(response);
}

/** "field: message" for each validation error of a problem, or its detail. */
export function problemMessages(error) {
  const errors = error?.problem?.errors;
  const text = (m) => (m && typeof m === 'object' ? (m.message ?? m.detail ?? Object.values(m).filter((v) => typeof v === 'string').join(' ')) : String(m));
  if (errors && typeof errors === 'object') {
    const pairs = Array.isArray(errors) ? errors.map((e) => [e?.field ?? '', text(e)]) : Object.entries(errors).flatMap(([k, v]) => [].concat(v).map((m) => [k, text(m)]));
    if (pairs.length) return pairs.map(([k, m]) => problemSentence(m, k)).join(' ');
  }
  return problemSentence(error?.message ?? String(error));
}
