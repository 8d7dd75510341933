// Small DOM helpers. Every string a user or the API supplied goes in as text (textContent or an
// attribute value), never parsed as HTML: no string is ever handed to an HTML parser here.

/** h('p.note', {id: 'x'}, 'text', child, …): an element with attributes and children (text or nodes). */
export function h(tag, attributes, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name || 'div');
  if (classes.length) el.className = classes.join(' ');
  if (attributes && (typeof attributes !== 'object' || attributes instanceof Node || Array.isArray(attributes))) {
    children.unshift(attributes);
    attributes = null;
  }
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let ids = 0;
/** A unique id for label/description links. */
export const uid = (prefix) => `${prefix}-${++ids}`;

/**
 * A labelled form field with a place for its error. `name` is the API's field name, so that a
 * problem's `errors[].field` finds it (see showProblem).
 */
export function field(label, name, { type = 'text', required = false, value = '', rows = 0, hint = '',
  options = null, autocomplete = 'off' } = {}) {
  const id = uid(name.replace(/[^a-z0-9]/gi, '-'));
  let control;
  if (options) {
    control = h('select', { id, name, required });
    for (const [optionValue, optionLabel] of options) {
      control.append(h('option', { value: optionValue, selected: optionValue === value }, optionLabel));
    }
  } else if (rows) {
    control = h('textarea', { id, name, rows, required });
    control.value = value || '';
  } else {
    control = h('input', { id, name, type, required, autocomplete });
    control.value = value || '';
  }
  const error = h('span.field-error', { id: `${id}-error`, hidden: true });
  const described = [`${id}-error`];
  let hintEl = null;
  if (hint) {
    hintEl = h('span.hint', { id: `${id}-hint` }, hint);
    described.unshift(`${id}-hint`);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  return h('div.field', { dataset: { field: name } },
    h('label', { for: id }, label, required ? h('span.required', ' (required)') : null), hintEl, control, error);
}

/** The values of a form's named controls, blank ones as null. */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.type === 'submit' || el.type === 'button') continue;
    const v = el.type === 'checkbox' ? el.checked : el.value.trim();
    out[el.name] = v === '' ? null : v;
  }
  return out;
}

/** Clears the field errors and the form-level message of a form. */
export function clearErrors(form) {
  for (const el of form.querySelectorAll('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const message = form.querySelector('.form-message');
  if (message) {
    message.hidden = true;
    message.replaceChildren();
  }
}

/**
 * Shows a failed request on a form: each of the problem's `errors` next to the field it names
 * (`evidence[0].url` finds the field named that, else `evidence`), the rest in the form's message.
 * Nothing typed is touched. Returns the first control marked invalid, focused.
 */
export function showProblem(form, failure) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const error of failure.errors || []) {
    const control = findControl(form, error.field);
    if (!control) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    const slot = control.closest('.field').querySelector('.field-error');
    slot.textContent = slot.textContent ? `${slot.textContent}; ${error.message}` : error.message;
    slot.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  const message = form.querySelector('.form-message');
  if (message && (!failure.errors || !failure.errors.length || unplaced.length)) {
    message.replaceChildren(h('p', failure.message), ...unplaced.map((text) => h('p', text)));
    message.hidden = false;
  }
  if (first) first.focus();
  else if (message) message.focus();
  return first;
}

function findControl(form, path) {
  if (!path) return null;
  const candidates = [path, path.replace(/\[\d+\]/g, ''), path.split(/[.[]/)[0]];
  for (const name of candidates) {
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (control) return control;
  }
  return null;
}

/** A form's message area: a live region for what went wrong as a whole. */
export const formMessage = () => h('div.form-message', { role: 'alert', tabindex: '-1', hidden: true });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An event date at its own precision: "2024", "Nov 2024", "15 Nov 2024". */
export function formatDate(date) {
  if (!date) return '';
  const [y, m, d] = String(date).split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** A UTC timestamp as "16 Nov 2024, 09:30 UTC". */
export function formatTime(timestamp) {
  if (!timestamp) return '';
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return String(timestamp);
  const pad = (n) => String(n).padStart(2, '0');
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} UTC`;
}

/** A link inside the desk. */
export const link = (hash, ...children) => h('a', { href: hash }, ...children);

/** Only http(s) URLs become links; anything else is shown as text. */
export function externalLink(url, text) {
  const href = httpUrl(url);
  return href ? h('a', { href, rel: 'noopener noreferrer' }, text || url) : h('span', text || url);
}

function httpUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (notAUrl) {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

export const RATINGS = [
  ['accurate', 'Accurate'], ['mostly-accurate', 'Mostly accurate'], ['misleading', 'Misleading'],
  ['false', 'False'], ['unproven', 'Unproven'],
];

export const PRECISIONS = [['day', 'Day'], ['month', 'Month'], ['year', 'Year']];

/** A rating badge: its label in words, never colour alone. */
export const badge = (rating, label) => h('span.badge', { dataset: { rating: rating || 'none' } }, label || rating || 'Not rated');
