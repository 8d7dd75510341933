// One topic: its claims (the pending queue newest first, with paging), its sources, and adding
// an article to it.
import { Screen, onSubmit } from './screen.js';
import { query } from '../api.js';
import { h, field, formMessage, formatDate, formatTime, link, badge } from '../dom.js';

const PAGE = 25;
const STATUSES = [['pending', 'Pending review'], ['reviewed', 'Reviewed'], ['withdrawn', 'Withdrawn']];

class TopicScreen extends Screen {
  async render() {
    const topic = this.params.topic;
    const { body } = await this.api.get(`/topics/${topic}`);
    this.topic = body || { id: topic };
    const sources = this.topic.sources || [];
    this.status = 'pending';
    this.queue = h('ol.claims', { 'aria-label': 'Claims' });
    this.more = h('button.secondary.more', { type: 'button', hidden: true, onclick: () => this.loadPage(true) }, 'Show older claims');
    this.queueStatus = h('p.status', { role: 'status' });
    const statusSelect = h('select', { id: 'queue-status' },
      STATUSES.map(([value, label]) => h('option', { value }, label)));
    statusSelect.addEventListener('change', () => {
      this.status = statusSelect.value;
      this.restartQueue();
    });
    this.replaceChildren(
      h('section',
        h('p.crumbs', link('#/', 'Topics'), ' / ', h('span.slug', topic)),
        h('h1', this.topic.title || topic),
        h('p', link(`#/topics/${topic}/timeline`, 'Timeline preview and embed code'))),
      h('div.columns',
        h('section.card', { 'aria-labelledby': 'queue-heading' },
          h('h2', { id: 'queue-heading' }, 'Claims'),
          h('p.inline-field', h('label', { for: 'queue-status' }, 'Show'), statusSelect,
            h('span.hint', 'newest first')),
          this.queueStatus, this.queue, this.more),
        h('section.card', { 'aria-labelledby': 'sources-heading' },
          h('h2', { id: 'sources-heading' }, 'Sources'),
          sources.length
            ? h('ul.sources', sources.map((s) => sourceItem(topic, s.source || s)))
            : h('p.status', 'No sources yet.'),
          this.articleForm())));
    await this.restartQueue();
  }

  async restartQueue() {
    this.cursor = null;
    this.queue.replaceChildren();
    await this.loadPage();
  }

  /** Loads the next page; after "Show older claims" the focus moves to its first claim. */
  async loadPage(moveFocus = false) {
    this.queueStatus.textContent = 'Loading claims…';
    let body;
    try {
      ({ body } = await this.api.get(`/claims${query({
        topic: this.params.topic, status: this.status, order: 'newest', limit: PAGE, cursor: this.cursor,
      })}`));
    } catch (failure) {
      this.queueStatus.textContent = failure.message;
      return;
    }
    const items = body.items.map((claim) => claimItem(claim));
    this.queue.append(...items);
    this.cursor = body.nextCursor;
    this.more.hidden = !this.cursor;
    const total = this.queue.children.length;
    this.queueStatus.textContent = total ? `${total} claim${total === 1 ? '' : 's'} shown${this.cursor ? '; more below' : ''}.`
      : 'No claims here.';
    if (moveFocus && items.length) items[0].querySelector('a').focus();
  }

  articleForm() {
    const form = h('form.article-form', { novalidate: true, 'aria-labelledby': 'article-heading' },
      h('h3', { id: 'article-heading' }, 'Add an article'),
      field('Title', 'title', { required: true }),
      field('URL', 'url', { type: 'url', required: true, hint: 'https://…' }),
      field('Publisher', 'publisher'),
      field('Publication date', 'publishedAt', { hint: 'YYYY-MM-DD; relative dates in the text are resolved against it.' }),
      field('Article text', 'text', { rows: 10, hint: 'Paste the full text. At most 100,000 characters.' }),
      formMessage(),
      h('p', h('button', { type: 'submit' }, 'Add article')));
    onSubmit(form, 'Adding…', async (v) => {
      const { body } = await this.api.request('POST', '/sources', {
        body: {
          url: v.url, title: v.title, publisher: v.publisher, publishedAt: v.publishedAt, text: v.text,
          topic: this.params.topic,
        },
      });
      location.hash = `#/topics/${this.params.topic}/sources/${body.id}`;
    });
    return form;
  }
}

function sourceItem(topic, source) {
  return h('li', link(`#/topics/${topic}/sources/${source.id}`, source.title || source.url),
    h('span.meta', [source.publisher, formatDate(source.publishedAt)].filter(Boolean).join(' · ')));
}

export function claimItem(claim) {
  return h('li.claim', { dataset: { id: claim.id, status: claim.status } },
    h('p.statement', link(`#/claims/${claim.id}`, claim.statement)),
    h('p.meta',
      h('time', { datetime: claim.eventDate }, formatDate(claim.eventDate)),
      claim.claimant ? h('span', `Claimed by ${claim.claimant}`) : null,
      claim.rating ? badge(claim.rating, claim.ratingLabel) : null,
      h('span', `Submitted ${formatTime(claim.submittedAt)} by ${claim.submittedBy}`)));
}

customElements.define('fl-topic', TopicScreen);
