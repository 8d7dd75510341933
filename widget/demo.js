// The demo page's own script (a file, so the page's Content-Security-Policy allows no inline
// script). Factline Local serves this page beside the API, so the API is this page's own origin.
// ?api=, ?topic=, ?limit= and ?refresh= override the widget's attributes (the browser tests use
// them); the heading and the embed snippet name the topic shown.
(() => {
  const SEED_TOPIC = 'biden-xi-apec-2024';
  const params = new URLSearchParams(location.search);
  for (const timeline of document.querySelectorAll('factline-timeline')) {
    timeline.setAttribute('api', params.get('api') || location.origin);
    for (const name of ['topic', 'limit', 'refresh']) {
      if (params.get(name)) {
        timeline.setAttribute(name, params.get(name));
      }
    }
  }
  const topic = params.get('topic');
  if (topic && topic !== SEED_TOPIC) {
    document.getElementById('headline').textContent = `Timeline: ${topic}`;
    document.title = `Factline timeline widget – ${topic}`;
  }
  const shown = topic || SEED_TOPIC;
  document.getElementById('topic-name').textContent = shown;
  document.getElementById('snippet').textContent =
    '<script src="https://YOUR-HOST/factline-timeline.js" defer></script>\n'
    + `<factline-timeline api="https://YOUR-API/v1" topic="${shown}"></factline-timeline>`;
})();
