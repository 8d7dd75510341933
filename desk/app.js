// Factline Desk: reads config.json, completes or offers sign-in, shows who is signed in and in
// what role, and routes #/… to the screens (custom elements in screens/).
import { Auth } from './auth.js';
import { Api } from './api.js';
import { h } from './dom.js';
import './screens/topics.js';
import './screens/topic.js';
import './screens/source.js';
import './screens/claim.js';
import './screens/timeline.js';

const ROLE_NAMES = { editor: 'Editor', 'fact-checker': 'Fact-checker' };

const ROUTES = [
  [/^#?\/?$/, () => ['fl-topics', {}]],
  [/^#\/topics\/([a-z0-9-]+)$/, (m) => ['fl-topic', { topic: m[1] }]],
  [/^#\/topics\/([a-z0-9-]+)\/timeline$/, (m) => ['fl-timeline-preview', { topic: m[1] }]],
  [/^#\/topics\/([a-z0-9-]+)\/sources\/([0-9a-f]{32})$/, (m) => ['fl-source', { topic: m[1], id: m[2] }]],
  [/^#\/claims\/([0-9a-f]{32})$/, (m) => ['fl-claim', { id: m[1] }]],
];

class Desk {
  async start() {
    this.main = document.getElementById('main');
    this.who = document.getElementById('who');
    let config;
    try {
      const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
      if (!response.ok) throw new Error(`config.json: ${response.status}`);
      config = await response.json();
    } catch (missing) {
      this.message('The desk is not configured: config.json could not be read. See the README\'s deploy section.');
      return;
    }
    this.config = config;
    this.auth = new Auth(config);
    this.api = new Api(config.apiBase || '', this.auth, () => {
      this.auth.tokens = null;
      this.renderWho();
    });
    let signInError = null;
    try {
      const returnTo = await this.auth.completeSignIn();
      if (returnTo !== null && returnTo !== location.hash) location.hash = returnTo;
    } catch (failed) {
      signInError = failed.message;
    }
    window.addEventListener('hashchange', () => this.route());
    this.renderWho();
    this.route(signInError);
  }

  get user() {
    return this.auth.user;
  }

  renderWho() {
    const user = this.user;
    if (!user) {
      this.who.replaceChildren(h('span', 'Not signed in'),
        h('button.secondary', { type: 'button', onclick: () => this.auth.signIn() }, 'Sign in'));
      return;
    }
    this.who.replaceChildren(
      h('span.visually-hidden', 'Signed in as'), h('span.user', user.name),
      h('span.role', { dataset: { role: user.role || 'none' } }, ROLE_NAMES[user.role] || 'No role'),
      h('button.secondary', { type: 'button', onclick: () => this.auth.signOut() }, 'Sign out'),
    );
  }

  message(text) {
    this.main.replaceChildren(h('p.status', { role: 'status' }, text));
  }

  route(signInError = null) {
    this.renderWho();
    const user = this.user;
    if (!user) {
      this.main.replaceChildren(h('section.signin',
        h('h1', 'Factline Desk'),
        h('p', 'Fact-checkers add sources and submit dated claims; editors review them. Sign in to start.'),
        signInError ? h('p.error', { role: 'alert' }, signInError) : null,
        h('button', { type: 'button', id: 'sign-in', onclick: () => this.auth.signIn() }, 'Sign in')));
      document.title = 'Sign in – Factline Desk';
      this.focusHeading();
      return;
    }
    if (!user.role) {
      this.main.replaceChildren(h('section',
        h('h1', 'No role yet'),
        h('p', `${user.name} is signed in but is in neither the fact-checkers nor the editors group. `
          + 'Ask an administrator to add you to one, then sign out and in again.')));
      this.focusHeading();
      return;
    }
    for (const [pattern, screen] of ROUTES) {
      const match = location.hash.match(pattern);
      if (match) {
        const [tag, params] = screen(match);
        const el = document.createElement(tag);
        el.desk = this;
        el.params = params;
        this.main.replaceChildren(el);
        return;
      }
    }
    this.main.replaceChildren(h('section', h('h1', 'Not found'),
      h('p', 'The desk has no such page. '), h('a', { href: '#/' }, 'Go to the topics')));
    this.focusHeading();
  }

  /** After a screen renders: its heading gets the focus (for keyboard and screen reader users) and names the tab. */
  focusHeading() {
    const heading = this.main.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      document.title = `${heading.textContent} – Factline Desk`;
    }
  }
}

new Desk().start();
