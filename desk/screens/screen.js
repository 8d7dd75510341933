// What every screen shares: its desk (api, user), a loading state, a failure with "Try again".
import { h, values, clearErrors, showProblem } from '../dom.js';

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

/**
 * Handles a form's submit: one send at a time (the button disabled and saying `busyLabel`), the
 * previous errors cleared, `action(values)` run, and a failure shown beside the fields it names
 * (or handed to `onFailure`). Nothing typed is touched either way.
 */
export function onSubmit(form, busyLabel, action, onFailure = (failure) => showProblem(form, failure)) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.dataset.busy) return;
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    const label = button.textContent;
    form.dataset.busy = 'true';
    button.disabled = true;
    button.textContent = busyLabel;
    try {
      await action(values(form));
    } catch (failure) {
      await onFailure(failure);
    } finally {
      delete form.dataset.busy;
      button.disabled = false;
      button.textContent = label;
    }
  });
}
