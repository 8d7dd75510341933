// What every screen shares: its desk (api, user), a loading state, a failure with "Try again".
import { h } from '../dom.js';

export class Screen extends HTMLElement {
  connectedCallback() {
    this.replaceChildren(h('p.status', { role: 'status' }, 'Loading…'));
    this.render().then(() => this.desk.focusHeading(), (failure) => this.fail(failure));
  }

  get api() {
    return this.desk.api;
  }

  get user() {
    return this.desk.user;
  }

  get isEditor() {
    return this.user.role === 'editor';
  }

  /** The screen could not load: what happened, and a way to try again. */
  fail(failure) {
    this.replaceChildren(h('section',
      h('h1', failure.status === 404 ? 'Not found' : 'Could not load this page'),
      h('p.error', { role: 'alert' }, failure.message || String(failure)),
      h('p', h('button', { type: 'button', onclick: () => this.connectedCallback() }, 'Try again'),
        ' ', h('a', { href: '#/' }, 'Back to the topics'))));
    this.desk.focusHeading();
  }
}

/** Sends a form once at a time: the submit button is disabled (and says so) while it is in flight. */
export async function submitting(form, label, action) {
  const button = form.querySelector('button[type=submit]');
  if (form.dataset.busy) return undefined;
  form.dataset.busy = 'true';
  const text = button.textContent;
  button.disabled = true;
  button.textContent = label;
  try {
    return await action();
  } finally {
    delete form.dataset.busy;
    button.disabled = false;
    button.textContent = text;
  }
}
