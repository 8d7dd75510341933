// The topic's public timeline as readers will see it, rendered by the widget itself, and the
// embed snippet to copy.
import { Screen } from './screen.js';
import { h, link } from '../dom.js';

const WIDGET = new URL('../widget/factline-timeline.js', document.baseURI).href;

let widgetLoaded = null;
function loadWidget() {
  widgetLoaded = widgetLoaded || new Promise((resolve, reject) => {
    if (customElements.get('factline-timeline')) {
      resolve();
      return;
    }
    const script = h('script', { src: WIDGET });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      widgetLoaded = null;
      reject(new Error(`The timeline widget could not be loaded from ${WIDGET}.`));
    });
    document.head.append(script);
  });
  return widgetLoaded;
}

class TimelinePreview extends Screen {
  async render() {
    const { topic } = this.params;
    await loadWidget();
    const api = new URL(this.desk.config.apiBase || '/', location.href).href.replace(/\/$/, '');
    const snippet = `<script src="${WIDGET}" defer></script>\n`
      + `<factline-timeline api="${api}" topic="${topic}"></factline-timeline>`;
    const code = h('pre.snippet', h('code', { id: 'embed-code' }, snippet));
    const copied = h('span.status', { role: 'status' });
    const copy = h('button', {
      type: 'button',
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(snippet);
          copied.textContent = 'Copied.';
        } catch (denied) {
          getSelection().selectAllChildren(code);
          copied.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
        }
      },
    }, 'Copy embed code');
    const widget = h('factline-timeline', { api, topic });
    this.replaceChildren(
      h('section',
        h('p.crumbs', link('#/', 'Topics'), ' / ', link(`#/topics/${topic}`, topic), ' / timeline'),
        h('h1', `Timeline preview: ${topic}`),
        h('p', 'What readers see: the reviewed claims only, drawn by the embeddable widget.')),
      h('div.columns',
        h('section.card', { 'aria-labelledby': 'preview-heading' }, h('h2', { id: 'preview-heading' }, 'Preview'), widget),
        h('section.card', { 'aria-labelledby': 'embed-heading' },
          h('h2', { id: 'embed-heading' }, 'Embed it'),
          h('p', 'Paste this where the timeline should appear on a page:'),
          code, h('p', copy, ' ', copied))));
  }
}

customElements.define('fl-timeline-preview', TimelinePreview);
