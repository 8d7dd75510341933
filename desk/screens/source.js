// A source: its text with the proposed candidates highlighted (resolved date, precision, basis),
// and one action per candidate that opens a claim form pre-filled from it.
import { Screen, onSubmit } from './screen.js';
import { newIdempotencyKey } from '../api.js';
import { h, field, formMessage, formatDate, link, externalLink, uid, PRECISIONS } from '../dom.js';

class SourceScreen extends Screen {
  async render() {
    const { topic, id } = this.params;
    const { body: source } = await this.api.get(`/sources/${id}`);
    let candidates = [];
    let candidateNote = null;
    if (source.text && source.publishedAt) {
      try {
        ({ body: { candidates } } = await this.api.request('POST', `/sources/${id}/candidates`));
      } catch (failure) {
        candidateNote = `No candidates: ${failure.message}`;
      }
    } else {
      candidateNote = source.text ? 'No candidates: the source has no publication date to resolve dates against.'
        : 'No candidates: the source has no text.';
    }
    this.candidates = candidates;
    this.replaceChildren(
      h('section',
        h('p.crumbs', link('#/', 'Topics'), ' / ', link(`#/topics/${topic}`, topic), ' / source'),
        h('h1', source.title),
        h('p.meta', [source.publisher, source.publishedAt ? `published ${formatDate(source.publishedAt)}` : null]
          .filter(Boolean).join(' · '), ' ', externalLink(source.url, source.url))),
      h('div.columns.reading',
        h('section.card', { 'aria-labelledby': 'text-heading' },
          h('h2', { id: 'text-heading' }, 'Text'),
          source.text ? articleText(source.text, candidates) : h('p.status', 'This source has no text.')),
        h('section.card', { 'aria-labelledby': 'candidates-heading' },
          h('h2', { id: 'candidates-heading' }, `Candidates (${candidates.length})`),
          candidateNote ? h('p.status', candidateNote) : null,
          h('ol.candidates', candidates.map((c, i) => this.candidateItem(source, c, i))))));
  }

  candidateItem(source, candidate, index) {
    const number = index + 1;
    const item = h('li.candidate', { id: `candidate-${number}`, dataset: { index } },
      h('p.quote', h('span.marker', { 'aria-hidden': 'true' }, String(number)), candidate.quote),
      dateFacts(candidate),
      h('p', h('button', {
        type: 'button', 'aria-describedby': `candidate-${number}-quote`,
        onclick: (event) => this.openForm(item, source, candidate, event.currentTarget),
      }, 'Make a claim from this')));
    item.querySelector('.quote').id = `candidate-${number}-quote`;
    return item;
  }

  openForm(item, source, candidate, button) {
    if (item.querySelector('form')) {
      item.querySelector('form').elements.statement.focus();
      return;
    }
    const form = claimForm(this.params.topic, source, candidate, this.api, () => button.focus());
    button.hidden = true;
    item.append(form);
    form.elements.statement.focus();
  }
}

/** The source's text as text nodes, each candidate's quote in a <mark> numbered like its card. */
function articleText(text, candidates) {
  const article = h('div.article-text');
  let at = 0;
  candidates.map((c, i) => ({ ...c, number: i + 1 }))
    .filter((c) => Number.isInteger(c.start) && c.end > c.start)
    .sort((a, b) => a.start - b.start)
    .forEach((c) => {
      if (c.start < at) return;
      article.append(text.slice(at, c.start));
      article.append(h('mark', { dataset: { candidate: c.number } },
        h('span.marker', String(c.number)), h('span.visually-hidden', `Candidate ${c.number}: `), text.slice(c.start, c.end),
        h('span.mark-date', c.eventDate ? `${formatDate(c.eventDate)} · ${c.datePrecision}` : 'undated')));
      at = c.end;
    });
  article.append(text.slice(at));
  return article;
}

function dateFacts(candidate) {
  if (!candidate.eventDate) {
    return h('p.date.undated', candidate.dateBasis ? `Undated: ${candidate.dateBasis}` : 'No date in this sentence.');
  }
  const range = candidate.endDate ? ` to ${formatDate(candidate.endDate)}` : '';
  return h('dl.date',
    h('dt', 'Date'), h('dd', h('time', { datetime: candidate.eventDate }, formatDate(candidate.eventDate)), range,
      candidate.dateApproximate ? ' (approximate)' : ''),
    h('dt', 'Precision'), h('dd.precision', candidate.datePrecision),
    h('dt', 'Basis'), h('dd.basis', candidate.dateText ? `“${candidate.dateText}”: ${candidate.dateBasis}` : candidate.dateBasis));
}

/**
 * The claim form for one candidate: statement, claimant, event date and its precision, the
 * quote pre-filled. One Idempotency-Key per form, reused however often it is sent, so a double
 * click or a retry after a network failure never makes two claims. A proposed date is only a
 * proposal: kept as it is, it is sent only once the fact-checker ticks that they checked it
 * against the article, for a wrong date proposed here would be a wrong date on a public page.
 */
function claimForm(topic, source, candidate, api, onCancel) {
  const key = newIdempotencyKey();
  const form = h('form.claim-form', { novalidate: true, dataset: { idempotencyKey: key } },
    field('Statement', 'statement', { rows: 3, required: true, hint: 'The checkable claim in your own words.' }),
    field('Claimant', 'claimant', { hint: 'Who made the claim, if anyone.' }),
    h('div.row',
      field('Event date', 'eventDate', { required: true, value: candidate.eventDate || '', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
      field('Precision', 'datePrecision', { options: PRECISIONS, value: candidate.datePrecision || 'day' })),
    candidate.eventDate ? dateCheck(candidate) : null,
    field('End date', 'endDate', { value: candidate.endDate || '', hint: 'Optional, for a span.' }),
    field('Quote', 'quote', { rows: 4, value: candidate.quote, hint: 'Must appear in the source as it is.' }),
    formMessage(),
    h('p.actions', h('button', { type: 'submit' }, 'Submit claim'),
      h('button.secondary', { type: 'button', onclick: () => { form.remove(); onCancel(); } }, 'Cancel')));
  onSubmit(form, 'Submitting…', async (v) => {
    const eventDate = toPrecision(v.eventDate, v.datePrecision);
    if (keepsProposedDate(candidate, eventDate) && !v.dateChecked) {
      throw {
        message: 'The proposed date has not been checked.',
        errors: [{ field: 'dateChecked', message: 'Read the sentence and tick this box, or change the date.' }],
      };
    }
    const { body: claim } = await api.request('POST', '/claims', {
      idempotencyKey: key,
      body: {
        topic, statement: v.statement, claimant: v.claimant, eventDate,
        endDate: v.endDate, sourceId: source.id, quote: v.quote,
        dateProvenance: provenance(candidate, eventDate),
      },
    });
    const done = h('p.success', { role: 'status', tabindex: '-1' }, 'Claim submitted for review: ',
      link(`#/claims/${claim.id}`, claim.statement));
    form.replaceWith(done);
    done.focus();
  });
  return form;
}

/** Whether the form still holds the date the candidate proposed, at the precision chosen. */
function keepsProposedDate(candidate, eventDate) {
  return Boolean(candidate.eventDate) && candidate.eventDate === eventDate;
}

/** The box a fact-checker ticks once they have checked the proposed date against the article. */
function dateCheck(candidate) {
  const id = uid('date-checked');
  const phrase = candidate.dateText ? ` from “${candidate.dateText}”` : '';
  return h('div.field', { dataset: { field: 'dateChecked' } },
    h('span.hint', { id: `${id}-hint` },
      `${formatDate(candidate.eventDate)} is proposed${phrase}. Dates proposed from text are sometimes wrong.`),
    h('label.check', { for: id },
      h('input', { id, name: 'dateChecked', type: 'checkbox', 'aria-describedby': `${id}-hint ${id}-error` }),
      'I checked this date against the article'),
    h('span.field-error', { id: `${id}-error`, hidden: true }));
}

/**
 * How the claim's date was found, sent when the fact-checker kept the candidate's date, so the
 * public page can say "On Friday" counted from 16 November; a date typed or changed by hand
 * sends none and the page says it was dated by hand.
 */
function provenance(candidate, eventDate) {
  if (!keepsProposedDate(candidate, eventDate) || !candidate.dateText) return undefined;
  return {
    phrase: candidate.dateText, basis: candidate.dateBasis, anchor: candidate.dateAnchor,
    approximate: Boolean(candidate.dateApproximate),
  };
}

/** The date cut to the chosen precision ("2024-11-15" at month is "2024-11"); longer input is left to the API to refuse. */
function toPrecision(date, precision) {
  if (!date) return date;
  const length = { year: 4, month: 7, day: 10 }[precision] || date.length;
  return date.length > length ? date.slice(0, length) : date;
}

customElements.define('fl-source', SourceScreen);
