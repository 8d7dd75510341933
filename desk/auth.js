// Sign-in: OAuth 2.0 authorization code with PKCE (RFC 7636, S256) against config.authority,
// Cognito's managed login deployed and Factline Local's stand-in locally. No client secret.
// Tokens live in sessionStorage: this tab only, gone when it closes, never in a URL or a log.
// The access token goes to the API; the ID token only names the user; the refresh token renews
// both shortly before they expire (and once after a 401).

const TOKENS = 'factline.desk.tokens';
const PENDING = 'factline.desk.signin';
const EARLY = 60; // seconds before expiry to refresh

const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomString = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

/** The payload of a JWT, or {} when it is not one. The desk never trusts it for anything but display. */
export function claimsOf(token) {
  const part = typeof token === 'string' ? token.split('.')[1] : null;
  if (!part) return {};
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(decodeURIComponent(Array.from(json, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')));
  } catch (unreadable) {
    return {};
  }
}

function groupsOf(claims) {
  const groups = claims['cognito:groups'];
  if (Array.isArray(groups)) return groups;
  return typeof groups === 'string' ? groups.replace(/[[\]]/g, '').split(/[\s,]+/).filter(Boolean) : [];
}

export class Auth {
  constructor(config) {
    this.config = config;
    this.redirectUri = `${location.origin}/desk/`;
    this.refreshing = null;
  }

  get tokens() {
    const stored = sessionStorage.getItem(TOKENS);
    return stored ? JSON.parse(stored) : null;
  }

  set tokens(tokens) {
    if (tokens) sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
    else sessionStorage.removeItem(TOKENS);
  }

  /** The signed-in user: {sub, name, groups, role}, or null. */
  get user() {
    const tokens = this.tokens;
    if (!tokens) return null;
    const access = claimsOf(tokens.access);
    const id = claimsOf(tokens.id);
    const groups = [...new Set([...groupsOf(access), ...groupsOf(id)])];
    const role = groups.includes('editors') ? 'editor' : groups.includes('fact-checkers') ? 'fact-checker' : null;
    return {
      sub: access.sub || id.sub,
      name: id.email || id['cognito:username'] || access.username || access.sub,
      groups,
      role,
    };
  }

  /** Sends the browser to the authority's sign-in page; returns where to come back to afterwards. */
  async signIn(returnTo = location.hash) {
    const verifier = randomString();
    const state = randomString();
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
    const url = new URL(`${this.config.authority}/oauth2/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code', client_id: this.config.clientId, redirect_uri: this.redirectUri,
      scope: this.config.scope || 'openid', state, code_challenge: challenge, code_challenge_method: 'S256',
    }).toString();
    location.assign(url.href);
  }

  /**
   * On the way back from the authority: exchanges ?code= for tokens and takes the code out of
   * the address bar. Returns the hash to show, or null when this page load is no sign-in.
   * Throws an Error with a message for the user when the sign-in failed.
   */
  async completeSignIn() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return null;
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', `${location.pathname}${pending && pending.returnTo ? pending.returnTo : ''}`);
    if (params.has('error')) throw new Error(`Sign-in was refused: ${params.get('error')}.`);
    if (!pending || pending.state !== params.get('state')) {
      throw new Error('Sign-in could not be completed (it was started in another tab or has expired). Sign in again.');
    }
    await this.tokenRequest({
      grant_type: 'authorization_code', code: params.get('code'), code_verifier: pending.verifier,
      redirect_uri: this.redirectUri,
    });
    return pending.returnTo || '';
  }

  async tokenRequest(form) {
    const response = await fetch(`${this.config.authority}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.config.clientId, ...form }).toString(),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
      throw new Error(`Sign-in failed (${body.error || response.status}). Sign in again.`);
    }
    const previous = this.tokens;
    this.tokens = {
      access: body.access_token,
      id: body.id_token || (previous && previous.id),
      refresh: body.refresh_token || (previous && previous.refresh),
      expiresAt: Math.floor(Date.now() / 1000) + Number(body.expires_in || 3600),
    };
  }

  /** A current access token, refreshed when it is about to expire; null when signed out. */
  async accessToken({ force = false } = {}) {
    const tokens = this.tokens;
    if (!tokens) return null;
    if (!force && tokens.expiresAt - EARLY > Date.now() / 1000) return tokens.access;
    if (!tokens.refresh) return force ? null : tokens.access;
    this.refreshing = this.refreshing || this.tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh })
      .then(() => this.tokens.access, () => {
        this.tokens = null;
        return null;
      })
      .finally(() => { this.refreshing = null; });
    return this.refreshing;
  }

  /** Forgets the tokens and ends the authority's session, which sends the browser back to the desk. */
  signOut() {
    this.tokens = null;
    const url = new URL(`${this.config.authority}/logout`);
    url.search = new URLSearchParams({ client_id: this.config.clientId, logout_uri: this.redirectUri }).toString();
    location.assign(url.href);
  }
}
