// A claim: what it says, its whole history (submission, every review, the withdrawal), and for
// editors the review form (sent with If-Match; on 412 the changes are shown and nothing typed
// is lost) and withdrawal with a reason after a confirmation.
import { Screen, onSubmit } from './screen.js';
import { ApiError } from '../api.js';
import { h, field, showProblem, formMessage, formatDate, formatTime, link, externalLink, badge, RATINGS } from '../dom.js';

const FOUR_EYES = 'Four eyes: you submitted this claim, so another editor has to review it. '
  + 'You can still read it and follow its history here.';

class ClaimScreen extends Screen {
  async render() {
    const { body, etag } = await this.api.get(`/claims/${this.params.id}`);
    this.claim = body;
    this.etag = etag || `"${body.version}"`;
    this.details = h('div');
    this.history = h('ol.history', { 'aria-label': 'History' });
    this.replaceChildren(
      h('section',
        h('p.crumbs', link('#/', 'Topics'), ' / ', link(`#/topics/${body.topic}`, body.topic), ' / claim'),
        h('h1', 'Claim'),
        this.details),
      h('div.columns',
        h('section.card', { 'aria-labelledby': 'history-heading' },
          h('h2', { id: 'history-heading' }, 'History'), this.history),
        this.actions()));
    this.show();
  }

  /** Shows the claim as it now is (after a load, a review, a withdrawal or a 412). */
  show() {
    const c = this.claim;
    this.details.replaceChildren(
      h('p.statement.big', c.statement),
      h('dl.facts',
        h('dt', 'Status'), h('dd.status', { dataset: { status: c.status } }, c.status),
        h('dt', 'Rating'), h('dd', c.rating ? badge(c.rating, c.ratingLabel) : 'Not reviewed yet'),
        h('dt', 'Event date'), h('dd', h('time', { datetime: c.eventDate }, formatDate(c.eventDate)),
          c.endDate ? ` to ${formatDate(c.endDate)}` : '', ` (${c.datePrecision})`),
        h('dt', 'Claimant'), h('dd', c.claimant || '—'),
        h('dt', 'Quote'), h('dd', c.quote ? h('blockquote.quote', c.quote) : '—',
          c.quote ? h('span.hint', c.quoteVerified ? 'Found in the source.' : 'Not checked against a source text.') : null),
        h('dt', 'Source'), h('dd', c.source
          ? [link(`#/topics/${c.topic}/sources/${c.source.id}`, c.source.title || c.source.url), ' ',
            externalLink(c.source.url, 'original')]
          : '—'),
        h('dt', 'Version'), h('dd.version', String(c.version))));
    this.history.replaceChildren(...historyOf(c).map((entry) => h('li', entry)));
    if (this.withdrawButton) {
      this.withdrawButton.hidden = c.status === 'withdrawn';
      this.withdrawHint.textContent = c.status === 'withdrawn' ? 'This claim is withdrawn; its history says why.'
        : 'A withdrawn claim leaves the queue and the public timeline and keeps its history.';
    }
    if (this.reviewSection) this.reviewSection.hidden = c.status === 'withdrawn';
  }

  actions() {
    if (!this.isEditor) {
      return h('section.card', { 'aria-labelledby': 'actions-heading' },
        h('h2', { id: 'actions-heading' }, 'Review'),
        h('p.note', 'Only editors review and withdraw claims. You are signed in as a fact-checker, so this '
          + 'claim waits for an editor.'));
    }
    this.reviewSection = h('section.card', { 'aria-labelledby': 'review-heading' },
      h('h2', { id: 'review-heading' }, 'Review'),
      this.claim.submittedBy === this.user.sub ? h('p.note.own', FOUR_EYES) : null,
      this.reviewForm());
    this.withdrawButton = h('button.danger.withdraw-open', { type: 'button', onclick: () => this.confirmWithdraw() }, 'Withdraw claim…');
    return h('div.stack', this.reviewSection,
      h('section.card', { 'aria-labelledby': 'withdraw-heading' },
        h('h2', { id: 'withdraw-heading' }, 'Withdraw'),
        this.withdrawHint = h('p.hint'),
        this.withdrawButton, this.withdrawDialog()));
  }

  reviewForm() {
    const evidence = h('ol.evidence-list', { 'aria-label': 'Evidence links' });
    const form = h('form.review-form', { novalidate: true },
      field('Rating', 'rating', { options: [['', 'Choose a rating'], ...RATINGS], required: true }),
      field('Explanation', 'explanation', { rows: 5, required: true, hint: 'Why the rating: up to 2000 characters.' }),
      h('fieldset.evidence', h('legend', 'Evidence'), evidence,
        h('button.secondary', { type: 'button', onclick: () => addEvidence(evidence, true) }, 'Add evidence link')),
      h('div.changed', { hidden: true, role: 'alert', tabindex: '-1' }),
      formMessage(),
      h('p', h('button', { type: 'submit' }, 'Submit review')));
    addEvidence(evidence, false);
    onSubmit(form, 'Submitting…', (v) => this.sendReview(form, v), (failure) => this.refused(form, failure));
    this.reviewFormEl = form;
    return form;
  }

  async sendReview(form, v) {
    const evidence = [...form.querySelectorAll('.evidence-item')].map((item) => ({
      url: item.querySelector('[data-part=url]').value.trim(), title: item.querySelector('[data-part=title]').value.trim(),
    })).filter((e) => e.url || e.title);
    const { body, etag } = await this.api.request('POST', `/claims/${this.claim.id}/reviews`, {
      ifMatch: this.etag, body: { rating: v.rating, explanation: v.explanation, evidence },
    });
    this.update(body, etag);
    form.querySelector('.changed').hidden = true;
    form.reset();
    form.querySelector('.evidence-list').replaceChildren();
    addEvidence(form.querySelector('.evidence-list'), false);
    const message = form.querySelector('.form-message');
    message.replaceChildren(h('p.success', `Review saved: ${body.ratingLabel}. The claim is now at version ${body.version}.`));
    message.hidden = false;
    message.focus();
  }

  /** A refused review or withdrawal: 412 shows what changed; 403 explains four eyes; the rest beside the fields. */
  async refused(form, failure) {
    if (failure.status === 412) {
      await this.changedMeanwhile(form);
      return;
    }
    if (failure.status === 403 && this.claim.submittedBy === this.user.sub) {
      failure = { ...failure, message: `Refused. ${FOUR_EYES}`, errors: [] };
    } else if (failure.status === 403) {
      failure = { ...failure, message: `Refused: ${failure.message}`, errors: failure.errors };
    }
    showProblem(form, failure);
  }

  /** Someone changed the claim since it was read: show the differences, take the fresh version, keep the input. */
  async changedMeanwhile(form) {
    const before = this.claim;
    let fresh;
    try {
      fresh = await this.api.get(`/claims/${before.id}`);
    } catch (failure) {
      showProblem(form, failure);
      return;
    }
    this.update(fresh.body, fresh.etag);
    const after = this.claim;
    const box = form.querySelector('.changed');
    box.replaceChildren(
      h('p', h('strong', 'Someone else changed this claim while you were writing'),
        ` (version ${before.version} → ${after.version}). Nothing you typed is lost.`),
      h('ul', changes(before, after).map((text) => h('li', text))),
      h('p', after.status === 'withdrawn' ? 'It has been withdrawn, so it can no longer be reviewed.'
        : form.classList.contains('review-form') ? 'Check the changes, then submit your review again: it will apply to this new version.'
          : 'Check the changes, then confirm again.'));
    box.hidden = false;
    box.focus();
  }

  update(claim, etag) {
    this.claim = claim;
    this.etag = etag || `"${claim.version}"`;
    this.show();
  }

  withdrawDialog() {
    const dialog = h('dialog.confirm', { 'aria-labelledby': 'withdraw-dialog-heading' });
    const form = h('form.withdraw-form', { novalidate: true },
      h('h2', { id: 'withdraw-dialog-heading' }, 'Withdraw this claim?'),
      h('p', 'It leaves the queue and the public timeline. Its history stays.'),
      field('Reason', 'reason', { rows: 3, required: true, hint: 'Why it is withdrawn; kept in its history.' }),
      h('div.changed', { hidden: true, role: 'alert', tabindex: '-1' }),
      formMessage(),
      h('p.actions', h('button.danger', { type: 'submit' }, 'Withdraw'),
        h('button.secondary', { type: 'button', onclick: () => dialog.close() }, 'Cancel')));
    onSubmit(form, 'Withdrawing…', async ({ reason }) => {
      if (!reason) {
        throw new ApiError('problem', 'Give a reason.', { errors: [{ field: 'reason', message: 'A reason is required.' }] });
      }
      const { body, etag } = await this.api.request('DELETE', `/claims/${this.claim.id}`, {
        ifMatch: this.etag, body: { reason },
      });
      this.update(body, etag);
      dialog.close();
      const done = h('p.success', { role: 'status', tabindex: '-1' }, 'The claim is withdrawn.');
      this.withdrawButton.after(done);
      done.focus();
    }, (failure) => this.refused(form, failure));
    dialog.append(form);
    dialog.addEventListener('close', () => { if (this.withdrawButton && !this.withdrawButton.hidden) this.withdrawButton.focus(); });
    this.withdrawDialogEl = dialog;
    return dialog;
  }

  confirmWithdraw() {
    this.withdrawDialogEl.showModal();
    this.withdrawDialogEl.querySelector('textarea').focus();
  }
}

let evidenceCount = 0;
function addEvidence(list, focus) {
  const n = ++evidenceCount;
  const index = list.children.length;
  const url = h('input', { id: `evidence-url-${n}`, type: 'url', name: `evidence[${index}].url`, dataset: { part: 'url' } });
  const title = h('input', { id: `evidence-title-${n}`, name: `evidence[${index}].title`, dataset: { part: 'title' } });
  const item = h('li.evidence-item',
    h('div.field', h('label', { for: url.id }, `Link ${index + 1} URL`), url,
      h('span.field-error', { hidden: true })),
    h('div.field', h('label', { for: title.id }, `Link ${index + 1} title`), title,
      h('span.field-error', { hidden: true })),
    h('button.secondary.small', { type: 'button', onclick: () => { item.remove(); renumber(list); } }, `Remove link ${index + 1}`));
  list.append(item);
  if (focus) url.focus();
}

function renumber(list) {
  [...list.children].forEach((item, i) => {
    item.querySelector('[data-part=url]').name = `evidence[${i}].url`;
    item.querySelector('[data-part=title]').name = `evidence[${i}].title`;
    const labels = item.querySelectorAll('label');
    labels[0].textContent = `Link ${i + 1} URL`;
    labels[1].textContent = `Link ${i + 1} title`;
    item.querySelector('button').textContent = `Remove link ${i + 1}`;
  });
}

/** The claim's history, oldest first: submission, reviews, withdrawal. */
export function historyOf(c) {
  const entries = [[`Submitted by ${c.submittedBy}`, c.submittedAt, null]];
  for (const review of c.reviews || []) {
    entries.push([`Reviewed by ${review.reviewer}: `, review.reviewedAt, h('div.review',
      badge(review.rating, review.ratingLabel),
      h('p.explanation', review.explanation),
      review.evidence && review.evidence.length
        ? h('ul.evidence', review.evidence.map((e) => h('li', externalLink(e.url, e.title)))) : null)]);
  }
  const w = c.withdrawal || null;
  if (c.status === 'withdrawn') {
    entries.push([`Withdrawn${w && (w.by || w.withdrawnBy) ? ` by ${w.by || w.withdrawnBy}` : ''}`,
      w && (w.at || w.withdrawnAt), w && w.reason ? h('p.reason', `Reason: ${w.reason}`) : null]);
  }
  return entries.map(([text, at, extra]) => [h('p', h('strong', text), at ? h('time', { datetime: at }, ` ${formatTime(at)}`) : ''), extra]);
}

/** What differs between two versions of a claim, in words. */
function changes(before, after) {
  const out = [];
  if (before.status !== after.status) out.push(`Status: ${before.status} → ${after.status}.`);
  const newReviews = (after.reviews || []).slice((before.reviews || []).length);
  for (const review of newReviews) {
    out.push(`New review by ${review.reviewer} (${formatTime(review.reviewedAt)}): ${review.ratingLabel}. “${review.explanation}”`);
  }
  if (after.withdrawal && !before.withdrawal) {
    out.push(`Withdrawn by ${after.withdrawal.by}${after.withdrawal.reason ? `: “${after.withdrawal.reason}”` : ''}.`);
  }
  if (before.rating !== after.rating) out.push(`Rating: ${before.ratingLabel || 'none'} → ${after.ratingLabel || 'none'}.`);
  if (!out.length) out.push('The claim was updated.');
  return out;
}

customElements.define('fl-claim', ClaimScreen);
