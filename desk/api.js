// The documented HTTP API (openapi.yaml), and nothing else. Every failure becomes an ApiError the
// screens can show: a problem's detail and its field errors, a network failure, a 503.

export class ApiError extends Error {
  /**
   * @param kind 'problem' (the API refused, see status/errors), 'network' (no answer),
   *             'unavailable' (503, 429), 'signed-out'
   */
  constructor(kind, message, { status = 0, errors = [], problem = null } = {}) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.errors = errors;
    this.problem = problem;
  }
}

/** A fresh Idempotency-Key: one per claim form, reused when the same form is sent again. */
export const newIdempotencyKey = () => crypto.randomUUID();

export class Api {
  constructor(base, auth, onSignedOut) {
    this.base = base.replace(/\/$/, '');
    this.auth = auth;
    this.onSignedOut = onSignedOut;
  }

  /**
   * request('GET', '/claims/…') → {status, body, etag}. Options: body (sent as JSON), ifMatch
   * (an ETag), idempotencyKey. Throws ApiError.
   */
  async request(method, path, { body, ifMatch, idempotencyKey } = {}) {
    let response = await this.send(method, path, body, ifMatch, idempotencyKey, false);
    if (response.status === 401) {
      response = await this.send(method, path, body, ifMatch, idempotencyKey, true);
      if (response.status === 401) {
        this.onSignedOut();
        throw new ApiError('signed-out', 'Your session has ended: nothing was sent. Sign in again (the button is at the top).', { status: 401 });
      }
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.ok) return { status: response.status, body: data, etag: response.headers.get('ETag') };
    throw failure(response, data);
  }

  async send(method, path, body, ifMatch, idempotencyKey, forceRefresh) {
    const token = await this.auth.accessToken({ force: forceRefresh });
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (ifMatch) headers['If-Match'] = ifMatch;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    try {
      return await fetch(this.base + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
      });
    } catch (offline) {
      throw new ApiError('network',
        'The server could not be reached (network failure). Nothing was sent or lost: check the connection and try again.');
    }
  }

  get = (path) => this.request('GET', path);
}

function failure(response, data) {
  const status = response.status;
  if (status === 503 || status === 429) {
    const retry = response.headers.get('Retry-After');
    return new ApiError('unavailable', `The service is busy or unavailable right now (${status})${
      retry ? `; try again in ${retry} s` : '; try again in a moment'}. What you typed is kept.`, { status, problem: data });
  }
  if (data && typeof data === 'object') {
    const message = data.detail || data.title || data.message || `The request failed (${status}).`;
    const errors = Array.isArray(data.errors) ? data.errors.filter((e) => e && typeof e.field === 'string') : [];
    return new ApiError('problem', message, { status, errors, problem: data });
  }
  return new ApiError('problem', `The request failed (${status}).`, { status });
}

/** "?a=1&b=2" from an object, blank values left out. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
