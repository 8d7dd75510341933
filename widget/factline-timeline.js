/*
 * <factline-timeline api="https://…/v1" topic="biden-xi-apec-2024"></factline-timeline>
 *
 * Factline's embeddable timeline: the reviewed claims of one topic, oldest first, each with its
 * date at the precision it is known to, the statement, a rating badge with a text label, the
 * claimant, the quote and links to the source and the evidence. One file, no dependencies;
 * its styles live in a shadow root and are themed with --factline-* custom properties.
 *
 * Attributes: api (the API's base URL, absolute or relative to the page), topic, limit (events
 * per page, 1-100, default 20). Everything a claim says is set as text, never parsed as HTML.
 */
(() => {
  'use strict';

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DEFAULT_LIMIT = 20;
  /** Seconds between two revalidations of a visible timeline; the `refresh` attribute changes it, 0 stops it. */
  const DEFAULT_REFRESH_SECONDS = 60;
  const MAX_LIMIT = 100;
  const CLAIM_ID = /^[0-9a-f]{32}$/;
  const RATING_SYMBOLS = {
    'accurate': '\u2713',
    'mostly-accurate': '\u2248',
    'misleading': '!',
    'false': '\u2717',
    'unproven': '?',
  };

  const STYLE = `
    :host {
      display: block;
      box-sizing: border-box;
      max-width: 100%;
      font-family: var(--factline-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
      font-size: var(--factline-font-size, 1rem);
      line-height: 1.45;
      color: var(--factline-color, #1d1d1f);
      background: var(--factline-background, #ffffff);
      border: 1px solid var(--factline-border, #d0d4da);
      border-radius: var(--factline-radius, 8px);
      padding: var(--factline-padding, 1rem);
    }
    :host([hidden]) { display: none; }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    h2 { font-size: 1.15em; margin: 0 0 .75rem; }
    .topic { display: block; font-size: .8em; font-weight: normal; color: var(--factline-muted, #5b6270);
             overflow-wrap: anywhere; }
    .status { margin: .5rem 0; color: var(--factline-muted, #5b6270); }
    .error { margin: .5rem 0; padding: .75rem; border-radius: var(--factline-radius, 8px);
             background: var(--factline-error-background, #fdecea); color: var(--factline-error-color, #8a1c13); }
    .error p { margin: 0 0 .5rem; }
    ol.events { list-style: none; margin: 0; padding: 0; border-left: 3px solid var(--factline-accent, #2b59c3); }
    li.event { position: relative; margin: 0 0 1rem; padding: 0 0 0 1rem; }
    li.event::before { content: ""; position: absolute; left: -8px; top: .45em; width: 13px; height: 13px;
                       border-radius: 50%; background: var(--factline-background, #ffffff);
                       border: 3px solid var(--factline-accent, #2b59c3); }
    li.event:focus { outline: none; }
    li.event:focus-visible { outline: 2px solid var(--factline-accent, #2b59c3); outline-offset: 2px; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; margin-bottom: .25rem; }
    time { font-weight: 600; }
    .badge { display: inline-flex; align-items: center; gap: .3em; padding: .05em .55em; border-radius: 999px;
             font-size: .85em; font-weight: 600; color: var(--factline-badge-color, #ffffff);
             background: var(--factline-unproven, #5f6368); }
    .badge[data-rating="accurate"] { background: var(--factline-accurate, #1b7f3b); }
    .badge[data-rating="mostly-accurate"] { background: var(--factline-mostly-accurate, #3f6f12); }
    .badge[data-rating="misleading"] { background: var(--factline-misleading, #9a5600); }
    .badge[data-rating="false"] { background: var(--factline-false, #b3261e); }
    .statement { margin: 0 0 .25rem; font-size: 1.05em; font-weight: 600; overflow-wrap: anywhere; }
    .claimant, .explanation { margin: 0 0 .25rem; overflow-wrap: anywhere; }
    .claimant { color: var(--factline-muted, #5b6270); font-size: .9em; }
    blockquote { margin: .25rem 0; padding: .1rem 0 .1rem .75rem; border-left: 3px solid var(--factline-border, #d0d4da);
                 font-style: italic; overflow-wrap: anywhere; }
    ul.links { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem;
               font-size: .9em; }
    ul.links li { overflow-wrap: anywhere; }
    a { color: var(--factline-link, #1a4fb8); }
    a:focus-visible, button:focus-visible { outline: 2px solid var(--factline-accent, #2b59c3); outline-offset: 2px; }
    button { font: inherit; padding: .4rem .9rem; border-radius: var(--factline-radius, 8px); cursor: pointer;
             border: 1px solid var(--factline-accent, #2b59c3); color: var(--factline-button-color, #ffffff);
             background: var(--factline-accent, #2b59c3); }
    button[disabled] { opacity: .6; cursor: progress; }
    .announcer { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
                 clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  `;

  /** "2024", "Nov 2024" or "15 Nov 2024": only as much as the claim's date says. */
  function formatDate(value) {
    const [year, month, day] = String(value).split('-');
    if (day) {
      return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
    }
    if (month) {
      return `${MONTHS[Number(month) - 1]} ${year}`;
    }
    return year;
  }

  /** The URL when it is an http(s) link; null for anything else (urn:, javascript:, garbage). */
  function webUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (notAUrl) {
      return null;
    }
  }

  /** An element with a class and text content; text is never parsed as markup. */
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function link(url, label) {
    const href = webUrl(url);
    if (!href) {
      return element('span', null, label);
    }
    const anchor = element('a', null, label);
    anchor.href = href;
    anchor.rel = 'noopener noreferrer';
    anchor.target = '_blank';
    return anchor;
  }

  class FactlineTimeline extends HTMLElement {
    static get observedAttributes() {
      return ['api', 'topic', 'limit', 'refresh'];
    }

    constructor() {
      super();
      this._generation = 0;
      this._reloadQueued = false;
      this._timer = null;
      this._lastBody = null;
      this._onVisibilityChange = () => this._visibilityChanged();
      this._onHashChange = () => this._focusLinkedEvent();
      const root = this.attachShadow({ mode: 'open' });
      if (root.adoptedStyleSheets && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
        // A constructed stylesheet is CSSOM, which a page's CSP `style-src 'self'` allows (the
        // desk's preview has one); a <style> element would be blocked there.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
      } else {
        const style = document.createElement('style');
        style.textContent = STYLE;
        root.append(style);
      }

      this._section = element('section', 'timeline');
      this._heading = element('h2', null, 'Fact-checked timeline');
      this._topicLabel = element('span', 'topic');
      this._heading.append(this._topicLabel);
      this._status = element('p', 'status');
      this._status.setAttribute('role', 'status');
      this._status.setAttribute('aria-live', 'polite');
      this._list = element('ol', 'events');
      this._list.setAttribute('part', 'events');
      this._more = element('button', 'more', 'Show more');
      this._more.type = 'button';
      this._more.hidden = true;
      this._more.addEventListener('click', () => this._loadMore());
      this._error = element('div', 'error');
      this._error.setAttribute('role', 'alert');
      this._error.hidden = true;
      this._errorText = element('p');
      this._retry = element('button', 'retry', 'Try again');
      this._retry.type = 'button';
      this._error.append(this._errorText, this._retry);
      // Live updates are announced here, politely and without moving the focus.
      this._announcer = element('p', 'announcer');
      this._announcer.setAttribute('aria-live', 'polite');
      this._section.append(this._heading, this._status, this._announcer, this._list, this._error, this._more);
      root.append(this._section);
    }

    connectedCallback() {
      document.addEventListener('visibilitychange', this._onVisibilityChange);
      window.addEventListener('hashchange', this._onHashChange);
      this._queueReload();
    }

    disconnectedCallback() {
      document.removeEventListener('visibilitychange', this._onVisibilityChange);
      window.removeEventListener('hashchange', this._onHashChange);
      this._stopPolling();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue || !this.isConnected) {
        return;
      }
      if (name === 'refresh') {
        this._schedule();
      } else {
        this._queueReload();
      }
    }

    /**
     * Fetches the events shown so far again and updates what changed in place. The browser
     * revalidates its cached copy with If-None-Match, so an unchanged timeline costs a 304 and,
     * its body being the same, no rendering at all. Resolves to {changed, added, updated, removed}.
     */
    async revalidate() {
      const state = this.dataset.state;
      if (state !== 'ready' && state !== 'empty') {
        return { changed: false, skipped: true };
      }
      const generation = this._generation;
      const shown = Math.min(MAX_LIMIT, Math.max(this._limit(), this._list.children.length));
      const response = await fetch(this._pageUrl(null, shown), {
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-cache',
      });
      if (!response.ok) {
        // A failed check leaves the timeline as it is; the next one may succeed.
        return { changed: false, status: response.status };
      }
      const body = await response.text();
      if (generation !== this._generation || body === this._lastBody) {
        return this._revalidated({ changed: false });
      }
      this._lastBody = body;
      return this._revalidated(this._apply(JSON.parse(body)));
    }

    _revalidated(result) {
      this.dispatchEvent(new CustomEvent('factline-revalidated', { detail: result }));
      return result;
    }

    _refreshSeconds() {
      const value = Number.parseFloat(this.getAttribute('refresh') ?? String(DEFAULT_REFRESH_SECONDS));
      return Number.isFinite(value) && value > 0 ? Math.max(1, value) : 0;
    }

    /** Polls while the page is visible: a hidden page makes no requests at all. */
    _schedule() {
      this._stopPolling();
      const seconds = this._refreshSeconds();
      if (!this.isConnected || document.visibilityState === 'hidden' || seconds === 0) {
        this.dataset.live = 'paused';
        return;
      }
      this.dataset.live = 'polling';
      this._timer = setTimeout(async () => {
        this._timer = null;
        try {
          await this.revalidate();
        } catch (failure) {
          // Offline for a moment: keep what is shown and try again at the next tick.
        }
        this._schedule();
      }, seconds * 1000);
    }

    _stopPolling() {
      if (this._timer !== null) {
        clearTimeout(this._timer);
        this._timer = null;
      }
    }

    _visibilityChanged() {
      if (document.visibilityState === 'hidden') {
        this._stopPolling();
        this.dataset.live = 'paused';
        return;
      }
      // Back in view: catch up at once, then poll again.
      this.revalidate().catch(() => {}).finally(() => this._schedule());
    }

    /** Applies a fresh first page of the events shown: new ones inserted, changed ones updated, gone ones removed. */
    _apply(page) {
      const events = Array.isArray(page.events) ? page.events : [];
      const existing = new Map(Array.from(this._list.children, (li) => [li.dataset.id, li]));
      const wanted = new Set(events.map((event) => event.id));
      const anchor = this._scrollAnchor();
      const result = { changed: false, added: 0, updated: 0, reRated: 0, removed: 0 };
      for (const [id, li] of existing) {
        if (!wanted.has(id)) {
          li.remove();
          result.removed += 1;
        }
      }
      let previous = null;
      for (const event of events) {
        let li = existing.get(event.id);
        if (!li) {
          li = this._item(event);
          result.added += 1;
        } else if (li.dataset.fingerprint !== JSON.stringify(event)) {
          if (li.querySelector('.badge').dataset.rating !== event.rating) {
            result.reRated += 1;
          } else {
            result.updated += 1;
          }
          // The same <li> keeps its place, and the focus if it has it; only its content changes.
          const fresh = this._item(event);
          li.replaceChildren(...fresh.childNodes);
          li.dataset.fingerprint = fresh.dataset.fingerprint;
        }
        const expected = previous ? previous.nextElementSibling : this._list.firstElementChild;
        if (li !== expected) {
          this._list.insertBefore(li, expected);
        }
        previous = li;
      }
      this._nextCursor = page.nextCursor || null;
      this._more.hidden = !this._nextCursor;
      this._restoreScroll(anchor);
      result.changed = result.added + result.updated + result.reRated + result.removed > 0;
      if (result.changed) {
        this._showCount();
        this._announce(result);
      }
      return result;
    }

    _announce(result) {
      const parts = [];
      const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
      if (result.added) parts.push(plural(result.added, 'new claim', 'new claims'));
      if (result.reRated) parts.push(plural(result.reRated, 'claim re-rated', 'claims re-rated'));
      if (result.updated) parts.push(plural(result.updated, 'claim updated', 'claims updated'));
      if (result.removed) parts.push(plural(result.removed, 'claim withdrawn', 'claims withdrawn'));
      this._announcer.textContent = `Timeline updated: ${parts.join(', ')}.`;
    }

    /** The first event in view and where it is, so that changes above it do not move what the reader reads. */
    _scrollAnchor() {
      const node = Array.from(this._list.children).find((li) => li.getBoundingClientRect().bottom > 0);
      return node ? { node, top: node.getBoundingClientRect().top } : null;
    }

    _restoreScroll(anchor) {
      if (anchor && anchor.node.isConnected) {
        const moved = anchor.node.getBoundingClientRect().top - anchor.top;
        if (Math.abs(moved) >= 1) {
          window.scrollBy(0, moved);
        }
      }
    }

    /** #<claim id> in the page's address: scroll to that event and focus it, loading more pages if needed. */
    async _focusLinkedEvent() {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!CLAIM_ID.test(id)) {
        return;
      }
      for (let pages = 0; pages < 10; pages += 1) {
        const item = Array.from(this._list.children).find((li) => li.dataset.id === id);
        if (item) {
          item.scrollIntoView({ block: 'start' });
          item.focus({ preventScroll: true });
          return;
        }
        if (!this._nextCursor) {
          return;
        }
        await this._loadMore();
      }
    }

    /** Attributes arrive one by one when the element is parsed or upgraded: reload once. */
    _queueReload() {
      if (this._reloadQueued) {
        return;
      }
      this._reloadQueued = true;
      queueMicrotask(() => {
        this._reloadQueued = false;
        this._reload();
      });
    }

    _setState(state) {
      this.dataset.state = state;
      this._section.setAttribute('aria-busy', String(state === 'loading'));
    }

    _limit() {
      const limit = Number.parseInt(this.getAttribute('limit') || '', 10);
      return limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
    }

    _pageUrl(cursor, limit = this._limit()) {
      const api = this.getAttribute('api');
      const topic = this.getAttribute('topic');
      if (!api || !topic) {
        throw new Error('Set the api and topic attributes of <factline-timeline>.');
      }
      const base = new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI);
      const url = new URL(`timelines/${encodeURIComponent(topic)}`, base);
      url.searchParams.set('limit', String(limit));
      if (cursor) {
        url.searchParams.set('cursor', cursor);
      }
      return url;
    }

    async _fetchPage(cursor) {
      const response = await fetch(this._pageUrl(cursor), {
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
      if (response.status === 404) {
        return null;
      }
      if (!response.ok) {
        throw new Error(`The timeline could not be loaded (HTTP ${response.status}).`);
      }
      const body = await response.text();
      if (!cursor) {
        this._lastBody = body;
      }
      return JSON.parse(body);
    }

    async _reload() {
      const generation = ++this._generation;
      this._topicLabel.textContent = this.getAttribute('topic') || '';
      this._list.replaceChildren();
      this._stopPolling();
      this._lastBody = null;
      this._more.hidden = true;
      this._error.hidden = true;
      this._status.hidden = false;
      this._status.textContent = 'Loading timeline\u2026';
      this._setState('loading');
      try {
        const page = await this._fetchPage(null);
        if (generation !== this._generation) {
          return;
        }
        if (page === null) {
          // A topic that was never started: there is no such timeline (not an error to retry).
          this._status.textContent = 'There is no timeline for this topic.';
          this._setState('not-found');
          return;
        }
        this._show(page, false);
        this._schedule();
        this._focusLinkedEvent();
      } catch (failure) {
        if (generation === this._generation) {
          this._fail(failure, () => this._reload());
        }
      }
    }

    async _loadMore() {
      const generation = this._generation;
      this._more.disabled = true;
      this._more.textContent = 'Loading\u2026';
      this._setState('loading');
      try {
        const page = await this._fetchPage(this._nextCursor);
        if (generation !== this._generation) {
          return;
        }
        this._show(page, true);
      } catch (failure) {
        if (generation === this._generation) {
          this._fail(failure, () => {
            this._error.hidden = true;
            this._loadMore();
          });
        }
      } finally {
        this._more.disabled = false;
        this._more.textContent = 'Show more';
      }
    }

    _show(page, appended) {
      const events = Array.isArray(page.events) ? page.events : [];
      this._nextCursor = page.nextCursor || null;
      const items = events.map((event) => this._item(event));
      this._list.append(...items);
      this._showCount();
      this._more.hidden = !this._nextCursor;
      if (appended && items.length > 0) {
        items[0].focus();
      }
    }

    _showCount() {
      const count = this._list.children.length;
      if (count === 0) {
        this._status.hidden = false;
        this._status.textContent = 'No reviewed claims on this topic yet.';
        this._setState('empty');
      } else {
        this._status.hidden = false;
        this._status.textContent = `${count} reviewed claim${count === 1 ? '' : 's'}${this._nextCursor ? ', more available' : ''}.`;
        this._setState('ready');
      }
    }

    _fail(failure, retry) {
      this._status.hidden = true;
      this._errorText.textContent = failure instanceof TypeError
        ? 'The timeline could not be loaded: the server did not answer.'
        : failure.message;
      this._retry.onclick = retry;
      this._error.hidden = false;
      this._setState('error');
    }

    _item(event) {
      const item = element('li', 'event');
      item.tabIndex = 0;
      item.setAttribute('part', 'event');
      item.dataset.id = event.id;
      item.dataset.fingerprint = JSON.stringify(event);

      const meta = element('div', 'meta');
      const time = element('time', null, formatDate(event.eventDate)
        + (event.endDate ? ` \u2013 ${formatDate(event.endDate)}` : ''));
      time.dateTime = event.eventDate;
      const badge = element('span', 'badge');
      badge.dataset.rating = event.rating;
      badge.setAttribute('part', 'badge');
      const symbol = element('span', null, RATING_SYMBOLS[event.rating] || '');
      symbol.setAttribute('aria-hidden', 'true');
      badge.append(symbol, element('span', 'label', event.ratingLabel));
      meta.append(time, badge);
      item.append(meta, element('p', 'statement', event.statement));

      if (event.claimant) {
        const claimant = element('p', 'claimant', 'Claimed by ');
        claimant.append(element('span', 'claimant-name', event.claimant));
        item.append(claimant);
      }
      if (event.quote) {
        item.append(element('blockquote', 'quote', `\u201C${event.quote}\u201D`));
      }
      if (event.explanation) {
        item.append(element('p', 'explanation', event.explanation));
      }
      const links = element('ul', 'links');
      if (event.source) {
        const entry = element('li', 'source', 'Source: ');
        entry.append(link(event.source.url, event.source.title || event.source.url));
        links.append(entry);
      }
      for (const evidence of Array.isArray(event.evidence) ? event.evidence : []) {
        const entry = element('li', 'evidence', 'Evidence: ');
        entry.append(link(evidence.url, evidence.title || evidence.url));
        links.append(entry);
      }
      if (webUrl(event.claimPageUrl)) {
        const page = element('li', 'claim-page');
        const anchor = element('a', null, event.corrected ? 'Claim page (corrected)' : 'Claim page');
        anchor.href = webUrl(event.claimPageUrl);
        page.append(anchor);
        links.append(page);
      }
      if (links.children.length > 0) {
        item.append(links);
      }
      return item;
    }
  }

  if (!customElements.get('factline-timeline')) {
    customElements.define('factline-timeline', FactlineTimeline);
  }
})();
