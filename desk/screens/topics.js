// The topics, each with its pending and reviewed counts; start a new one.
import { Screen, onSubmit } from './screen.js';
import { h, field, formMessage, link } from '../dom.js';

class TopicsScreen extends Screen {
  async render() {
    const { body } = await this.api.get('/topics');
    const topics = (body && (body.items || body.topics)) || [];
    const list = topics.length
      ? h('table.topics',
        h('caption.visually-hidden', 'Topics with their pending and reviewed claims'),
        h('thead', h('tr', h('th', { scope: 'col' }, 'Topic'), h('th.num', { scope: 'col' }, 'Pending'),
          h('th.num', { scope: 'col' }, 'Reviewed'))),
        h('tbody', topics.map((t) => h('tr', { dataset: { topic: topicId(t) } },
          h('td', link(`#/topics/${topicId(t)}`, t.title || topicId(t)), h('span.slug', topicId(t))),
          h('td.num.pending', String(count(t, 'pending'))),
          h('td.num.reviewed', String(count(t, 'reviewed')))))))
      : h('p.status', 'No topics yet: start the first one below.');
    this.replaceChildren(h('section',
      h('h1', 'Topics'), list),
    this.newTopicForm());
  }

  newTopicForm() {
    const form = h('form.card', { novalidate: true, 'aria-labelledby': 'new-topic-heading' },
      h('h2', { id: 'new-topic-heading' }, 'Start a topic'),
      field('Title', 'title', { required: true, hint: 'What readers call it, e.g. "Biden and Xi at APEC 2024".' }),
      field('Topic id', 'id', { required: true, hint: 'Lower-case letters, digits and dashes; it names the timeline.' }),
      formMessage(),
      h('p', h('button', { type: 'submit' }, 'Start topic')));
    const title = form.elements.title;
    const id = form.elements.id;
    title.addEventListener('input', () => {
      if (!id.dataset.edited) id.value = slug(title.value);
    });
    id.addEventListener('input', () => { id.dataset.edited = 'true'; });
    onSubmit(form, 'Starting…', async (v) => {
      await this.api.request('POST', '/topics', { body: { id: v.id, title: v.title } });
      location.hash = `#/topics/${v.id}`;
    });
    return form;
  }
}

const topicId = (t) => t.id || t.topic;
const count = (t, name) => t[name] ?? (t.counts && t.counts[name]) ?? 0;
const slug = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);

customElements.define('fl-topics', TopicsScreen);
