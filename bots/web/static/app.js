/* Traveloure web chat front-end.
 * Plain ES2020, no dependencies. All server-provided text is rendered with
 * textContent / createElement — never innerHTML.
 */
(() => {
  'use strict';

  const STORAGE_KEY = 'traveloure.session';
  const API = '/api/v1';
  const MAX_LEN = 2000;
  const DEFAULT_PLACEHOLDER = 'Ask about your trip…';
  const CHAT_TIMEOUT_MS = 120000;
  const ENRICH_NOTE_MS = 30000;
  const TOAST_MS = 4500;
  const WS_MIN_DELAY = 1000;
  const WS_MAX_DELAY = 30000;
  const NETWORK_MESSAGE = 'Connection problem — try again.';
  const NOT_DEMO_MESSAGE = 'This server is not in demo mode. Ask an operator for an account.';
  const NODE_TYPES = ['meal', 'attraction', 'lodging', 'transport', 'activity'];
  const TYPE_ICONS = { meal: '🍽', attraction: '🏛', lodging: '🛏', transport: '🚆', activity: '🎟' };

  const byId = (id) => document.getElementById(id);
  const els = {
    itinerary: byId('itinerary'),
    days: byId('itinerary-days'),
    title: byId('trip-title'),
    sub: byId('trip-sub'),
    banner: byId('demo-banner'),
    messages: byId('messages'),
    empty: byId('chat-empty'),
    typing: byId('typing-indicator'),
    typingLabel: byId('typing-label'),
    form: byId('composer'),
    input: byId('chat-input'),
    send: byId('send-button'),
    typeAnswer: byId('type-answer'),
    newTrip: byId('new-trip'),
    toasts: byId('toasts'),
  };

  const state = {
    session: null,          // {userId, token, itineraryId, demo}
    gen: 0,                 // bumped on every session (re)start; stale async results are dropped
    itinerary: null,
    knownNodeIds: null,     // node ids of the previous render (to highlight new nodes)
    itinSeq: 0,
    reloadTimer: null,
    sessionWarned: false,
    busy: false,
    locked: true,
    lockedPlaceholder: 'Connecting…',
    inputMode: 'normal',    // 'normal' | 'choice'
    placeholder: DEFAULT_PLACEHOLDER,
    pending: null,          // open selection / confirmation
    lastText: null,
    ws: null,
    wsTimer: null,
    wsDelay: WS_MIN_DELAY,
    wsHadOpen: false,
    enrichNotes: new Set(),
  };

  /* ------------------------------------------------------------------ *
   * Small helpers
   * ------------------------------------------------------------------ */

  function el(tag, opts, ...children) {
    const node = document.createElement(tag);
    if (opts) {
      if (opts.class) node.className = opts.class;
      if (opts.text != null) node.textContent = String(opts.text);
      if (opts.attrs) {
        for (const [k, v] of Object.entries(opts.attrs)) {
          if (v != null) node.setAttribute(k, String(v));
        }
      }
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  const isObj = (v) => v != null && typeof v === 'object' && !Array.isArray(v);
  const obj = (v) => (isObj(v) ? v : {});
  const nonEmptyStr = (v) => typeof v === 'string' && v.trim() !== '';
  const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
  const enc = encodeURIComponent;

  function strList(v) {
    if (!Array.isArray(v)) return [];
    return v.map(itemText).filter((s) => s !== '');
  }

  function itemText(item) {
    if (item == null) return '';
    if (typeof item === 'string') return item.trim();
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    if (isObj(item)) {
      for (const k of ['label', 'text', 'title', 'name', 'message', 'description']) {
        if (nonEmptyStr(item[k])) return item[k].trim();
      }
    }
    return '';
  }

  function firstLetter(name) {
    const chars = Array.from(String(name || '').trim());
    return chars.length ? chars[0].toUpperCase() : '?';
  }

  function fmtRating(rating, count) {
    if (!isNum(rating)) return '';
    let s = `★ ${rating.toFixed(1)}`;
    if (isNum(count)) s += ` (${Math.round(count)})`;
    return s;
  }

  function fmtPrice(level) {
    if (!isNum(level)) return '';
    const n = Math.round(level);
    if (n <= 0) return 'Free';
    return '$'.repeat(Math.min(n, 4));
  }

  function fmtDistance(meters) {
    if (!isNum(meters) || meters < 0) return '';
    const m = Math.round(meters);
    if (m < 1000) return `${m} m`;
    return `${(meters / 1000).toFixed(1)} km`;
  }

  function fmtDuration(min) {
    if (!isNum(min) || min <= 0) return '';
    const m = Math.round(min);
    if (m < 60) return `${m} min`;
    const h = Math.floor(m / 60);
    const r = m % 60;
    return r ? `${h} h ${r} min` : `${h} h`;
  }

  function fmtDate(value) {
    if (!nonEmptyStr(value)) return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!m) return value;
    try {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (Number.isNaN(d.getTime())) return value;
      return d.toLocaleDateString(undefined, {
        weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC',
      });
    } catch (_) {
      return value;
    }
  }

  /* ------------------------------------------------------------------ *
   * HTTP
   * ------------------------------------------------------------------ */

  async function api(method, path, { body, token, timeoutMs } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    const ctrl = timeoutMs && typeof AbortController === 'function' ? new AbortController() : null;
    const timer = ctrl ? setTimeout(() => ctrl.abort(), timeoutMs) : null;
    let res;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body !== undefined ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
        cache: 'no-store',
        signal: ctrl ? ctrl.signal : undefined,
      });
    } catch (_) {
      if (timer) clearTimeout(timer);
      return { ok: false, status: 0, network: true, data: null };
    }
    let data = null;
    try {
      const text = await res.text();
      if (text) data = JSON.parse(text);
    } catch (_) {
      data = null;
    } finally {
      if (timer) clearTimeout(timer);
    }
    return { ok: res.ok, status: res.status, network: false, data };
  }

  function errorMessage(res) {
    if (!res || res.network) return NETWORK_MESSAGE;
    const d = res.data;
    if (isObj(d)) {
      if (isObj(d.error) && nonEmptyStr(d.error.message)) return d.error.message;
      if (nonEmptyStr(d.error)) return d.error;
      if (nonEmptyStr(d.detail)) return d.detail;
    }
    return `Something went wrong (HTTP ${res.status}). Please try again.`;
  }

  /* ------------------------------------------------------------------ *
   * Session storage
   * ------------------------------------------------------------------ */

  function normalizeSession(v) {
    if (!isObj(v)) return null;
    const { userId, token, itineraryId } = v;
    const ok = (x) => (typeof x === 'string' && x !== '') || isNum(x);
    if (!ok(userId) || !nonEmptyStr(token) || !ok(itineraryId)) return null;
    return { userId: String(userId), token, itineraryId: String(itineraryId), demo: v.demo === true };
  }

  // The bearer token lives in memory only (state.session): localStorage is readable by any
  // script on the page, for as long as the browser keeps it. A reload starts a new demo trip.
  function readStored() {
    clearStored(); // a token an earlier version of this page left behind
    return null;
  }

  function storeSession(_s) { /* memory only, see readStored */ }

  function clearStored() {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (_) { /* ignore */ }
  }

  /* ------------------------------------------------------------------ *
   * Input / composer state
   * ------------------------------------------------------------------ */

  function applyInput() {
    const disabled = state.locked || state.busy || state.inputMode === 'choice';
    els.input.disabled = disabled;
    els.send.disabled = disabled;
    els.input.placeholder = state.locked ? state.lockedPlaceholder : state.placeholder;
    els.typeAnswer.hidden = !(state.inputMode === 'choice' && !state.busy && !state.locked);
    els.typing.hidden = !state.busy;
  }

  function setLocked(locked, placeholder) {
    state.locked = locked;
    if (placeholder) state.lockedPlaceholder = placeholder;
    applyInput();
  }

  function setBusy(busy, label) {
    state.busy = busy;
    els.typingLabel.textContent = label || 'Thinking…';
    applyInput();
    if (busy) scrollToBottom();
  }

  function setInputMode(mode, placeholder) {
    state.inputMode = mode;
    state.placeholder = nonEmptyStr(placeholder) ? placeholder : DEFAULT_PLACEHOLDER;
    applyInput();
  }

  function focusInput() {
    if (!els.input.disabled) {
      try { els.input.focus({ preventScroll: true }); } catch (_) { els.input.focus(); }
    }
  }

  /* ------------------------------------------------------------------ *
   * Chat rendering
   * ------------------------------------------------------------------ */

  function scrollToBottom() {
    const m = els.messages;
    requestAnimationFrame(() => { m.scrollTop = m.scrollHeight; });
  }

  function appendRow(row) {
    els.empty.hidden = true;
    els.messages.append(row);
    scrollToBottom();
    return row;
  }

  function addUser(text) {
    const row = el('div', { class: 'msg msg-user', attrs: { 'data-testid': 'user-message' } },
      el('div', { class: 'bubble', text }));
    return appendRow(row);
  }

  function bulletList(items, cls) {
    const ul = el('ul', { class: cls });
    for (const it of items) ul.append(el('li', { text: it }));
    return ul;
  }

  /** Assistant bubble. Returns the row element so callers can attach widgets. */
  function addAssistant(text, { warnings = [], errors = [], variant = '' } = {}) {
    const bubble = el('div', { class: 'bubble' });
    if (nonEmptyStr(text)) bubble.append(el('div', { class: 'msg-text', text }));
    if (errors.length) bubble.append(bulletList(errors, 'msg-errors'));
    if (warnings.length) bubble.append(bulletList(warnings, 'msg-warnings'));
    const row = el('div', {
      class: `msg msg-assistant${variant ? ` msg-${variant}` : ''}`,
      attrs: { 'data-testid': 'assistant-message' },
    });
    if (bubble.childNodes.length) row.append(bubble);
    return appendRow(row);
  }

  /** Error bubble: message + suggestions + optional Retry (resends the last text). */
  function addError(text, { items = [], retry = false } = {}) {
    const bubble = el('div', {
      class: 'bubble bubble-error',
      attrs: { 'data-testid': 'error-message', role: 'alert' },
    }, el('div', { class: 'msg-text', text: nonEmptyStr(text) ? text : 'Something went wrong.' }));
    if (items.length) bubble.append(bulletList(items, 'msg-suggestions'));
    if (retry && state.lastText) {
      const btn = el('button', {
        class: 'retry-button', text: 'Retry', attrs: { type: 'button', 'data-testid': 'retry-button' },
      });
      btn.addEventListener('click', () => {
        if (state.busy || state.locked || !state.lastText) return;
        btn.disabled = true;
        sendChat({ text: state.lastText });
      });
      bubble.append(btn);
    }
    const row = el('div', {
      class: 'msg msg-assistant msg-error',
      attrs: { 'data-testid': 'assistant-message' },
    }, bubble);
    return appendRow(row);
  }

  function addNote(text) {
    const row = el('div', {
      class: 'msg msg-assistant msg-note',
      attrs: { 'data-testid': 'assistant-message' },
    }, el('div', { class: 'bubble', text }));
    return appendRow(row);
  }

  function toast(text) {
    const t = el('div', { class: 'toast', text, attrs: { 'data-testid': 'toast', role: 'status' } });
    els.toasts.append(t);
    while (els.toasts.children.length > 3) els.toasts.firstElementChild.remove();
    setTimeout(() => {
      t.classList.add('toast-hide');
      setTimeout(() => t.remove(), 400);
    }, TOAST_MS);
  }

  function addEnrichNote(row) {
    const note = el('div', { class: 'bg-note', attrs: { 'data-testid': 'enrichment-pending' } },
      el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      'Fetching photos and reviews…');
    row.append(note);
    state.enrichNotes.add(note);
    setTimeout(() => removeEnrichNote(note), ENRICH_NOTE_MS);
    scrollToBottom();
  }

  function removeEnrichNote(note) {
    state.enrichNotes.delete(note);
    note.remove();
  }

  function clearEnrichNotes() {
    for (const n of Array.from(state.enrichNotes)) removeEnrichNote(n);
  }

  /* ---------- place candidate cards ---------- */

  function photoPlaceholder(name) {
    return el('div', { class: 'card-photo card-photo-placeholder', attrs: { 'aria-hidden': 'true' } },
      el('span', { text: firstLetter(name) }));
  }

  function cardPhoto(url, name) {
    if (!nonEmptyStr(url)) return photoPlaceholder(name);
    const img = el('img', { class: 'card-photo', attrs: { alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' } });
    img.addEventListener('error', () => img.replaceWith(photoPlaceholder(name)), { once: true });
    img.src = url;
    return img;
  }

  function renderCandidates(row, candidates) {
    const grid = el('div', {
      class: 'card-grid',
      attrs: { role: 'group', 'aria-label': 'Place options', 'data-testid': 'place-cards' },
    });
    const buttons = [];
    const pending = { kind: 'cards', container: grid, buttons, placeholder: 'Select a card above' };

    candidates.forEach((raw, i) => {
      const c = obj(raw);
      const name = nonEmptyStr(c.name) ? c.name : `Option ${i + 1}`;
      const card = el('button', {
        class: 'place-card',
        attrs: { type: 'button', 'data-testid': 'place-card', 'data-index': i },
      });
      card.append(cardPhoto(c.photoUrl, name));

      const body = el('div', { class: 'card-body' });
      body.append(el('div', { class: 'card-name', text: name }));

      const rating = fmtRating(c.rating, c.ratingCount);
      if (rating) body.append(el('div', { class: 'card-rating', text: rating }));

      const meta = [fmtPrice(c.priceLevel), fmtDistance(c.distance)].filter(Boolean);
      if (meta.length) {
        const line = el('div', { class: 'card-meta' });
        meta.forEach((m, j) => {
          if (j) line.append(el('span', { class: 'sep', text: ' · ', attrs: { 'aria-hidden': 'true' } }));
          line.append(el('span', { text: m }));
        });
        body.append(line);
      }

      if (c.isOpenNow === true) body.append(el('div', { class: 'card-open open', text: 'Open now' }));
      else if (c.isOpenNow === false) body.append(el('div', { class: 'card-open closed', text: 'Closed' }));

      const cuisine = strList(c.cuisine);
      if (cuisine.length) body.append(el('div', { class: 'card-cuisine', text: cuisine.join(' · ') }));

      if (nonEmptyStr(c.formattedAddress)) {
        body.append(el('div', { class: 'card-address', text: c.formattedAddress, attrs: { title: c.formattedAddress } }));
      }

      card.append(body);
      card.addEventListener('click', () => choose(pending, card, i, `Adding ${name}…`));
      buttons.push(card);
      grid.append(card);
    });

    row.append(grid);
    openPending(pending);
  }

  /* ---------- option list ---------- */

  function renderOptions(row, options) {
    const list = el('div', {
      class: 'option-list',
      attrs: { role: 'group', 'aria-label': 'Options', 'data-testid': 'option-list' },
    });
    const buttons = [];
    const pending = { kind: 'options', container: list, buttons, placeholder: 'Select an option above' };

    options.forEach((raw, i) => {
      const o = isObj(raw) ? raw : { label: itemText(raw) };
      const label = nonEmptyStr(o.label) ? o.label : (itemText(o) || `Option ${i + 1}`);
      const btn = el('button', {
        class: 'option-button',
        attrs: { type: 'button', 'data-testid': 'option-button', 'data-index': i },
      }, el('span', { class: 'option-label', text: label }));
      if (nonEmptyStr(o.description)) btn.append(el('span', { class: 'option-desc', text: o.description }));
      btn.addEventListener('click', () => choose(pending, btn, i, `Choosing ${label}…`));
      buttons.push(btn);
      list.append(btn);
    });

    row.append(list);
    openPending(pending);
  }

  /* ---------- confirmation ---------- */

  function renderConfirmation(row, data, customProps) {
    const preview = obj(data.preview);
    const items = strList(preview.items);
    if (items.length) row.append(bulletList(items, 'confirm-preview'));

    const options = Array.isArray(data.options) ? data.options.map(obj) : [];
    let yesIdx = options.findIndex((o) => String(o.id).toLowerCase() === 'yes');
    let noIdx = options.findIndex((o) => String(o.id).toLowerCase() === 'no');
    if (yesIdx < 0) yesIdx = 0;
    if (noIdx < 0) noIdx = yesIdx === 0 ? 1 : 0;
    const yesOpt = options[yesIdx] || {};
    const noOpt = options[noIdx] || {};
    const yesLabel = nonEmptyStr(customProps.confirmText) ? customProps.confirmText
      : (nonEmptyStr(yesOpt.label) ? yesOpt.label : 'Yes');
    const noLabel = nonEmptyStr(customProps.cancelText) ? customProps.cancelText
      : (nonEmptyStr(noOpt.label) ? noOpt.label : 'No');

    const wrap = el('div', { class: 'confirm-buttons', attrs: { role: 'group', 'aria-label': 'Confirm' } });
    const buttons = [];
    const pending = { kind: 'confirm', container: wrap, buttons, placeholder: 'Choose Yes or No above' };

    const yes = el('button', {
      class: 'confirm-button confirm-yes', text: yesLabel,
      attrs: { type: 'button', 'data-testid': 'confirm-yes', 'data-index': yesIdx },
    });
    const no = el('button', {
      class: 'confirm-button confirm-no', text: noLabel,
      attrs: { type: 'button', 'data-testid': 'confirm-no', 'data-index': noIdx },
    });
    yes.addEventListener('click', () => choose(pending, yes, yesIdx, null));
    no.addEventListener('click', () => choose(pending, no, noIdx, null));
    buttons.push(yes, no);
    wrap.append(yes, no);
    row.append(wrap);
    openPending(pending);
  }

  /* ---------- pending selection lifecycle ---------- */

  function openPending(pending) {
    state.pending = pending;
    setInputMode('choice', pending.placeholder);
    scrollToBottom();
    const first = pending.buttons[0];
    if (first) {
      try { first.focus({ preventScroll: true }); } catch (_) { /* ignore */ }
    }
  }

  /** Disables the open selection (if any) and returns it. Old choices can never be clicked again. */
  function closePending() {
    const p = state.pending;
    if (!p) return null;
    state.pending = null;
    for (const b of p.buttons) b.disabled = true;
    p.container.classList.add('is-closed');
    return p;
  }

  /** Only used after a network failure (the choice never reached the server). */
  function reopenPending(p) {
    for (const b of p.buttons) {
      b.disabled = false;
      b.classList.remove('is-selected');
      b.removeAttribute('aria-pressed');
      const badge = b.querySelector('.selected-badge');
      if (badge) badge.remove();
    }
    p.container.classList.remove('is-closed');
    state.pending = p;
  }

  function choose(pending, btn, index, progressText) {
    if (state.busy || state.locked || state.pending !== pending || btn.disabled) return;
    btn.classList.add('is-selected');
    btn.setAttribute('aria-pressed', 'true');
    if (pending.kind !== 'confirm') {
      btn.append(el('span', { class: 'selected-badge', text: '✅ selected', attrs: { 'data-testid': 'selected-badge' } }));
    }
    let progress = null;
    if (progressText) {
      progress = el('div', { class: 'selection-progress', text: progressText, attrs: { 'data-testid': 'selection-progress' } });
      pending.container.after(progress);
      scrollToBottom();
    }
    sendChat({ selectedIndex: index }, { progress, label: progressText });
  }

  /* ------------------------------------------------------------------ *
   * Chat request / AgentResponse handling
   * ------------------------------------------------------------------ */

  async function sendChat(payload, { progress = null, label = null } = {}) {
    const s = state.session;
    if (state.busy || state.locked || !s) return;
    const gen = state.gen;
    const isText = typeof payload.text === 'string';
    const prevPending = closePending();
    setBusy(true, label);

    const body = Object.assign({}, payload, { itineraryId: s.itineraryId, userId: s.userId });
    const res = await api('POST', `${API}/itineraries/${enc(s.itineraryId)}/chat`, {
      body, token: s.token, timeoutMs: CHAT_TIMEOUT_MS,
    });
    if (gen !== state.gen) return; // session was reset meanwhile

    if (progress) progress.remove();
    setBusy(false);

    if (res.network) {
      addError(NETWORK_MESSAGE, { retry: isText });
      if (prevPending) {
        // The choice never reached the server: the question is still open, so ask again.
        reopenPending(prevPending);
        setInputMode('choice', prevPending.placeholder);
      } else {
        setInputMode('normal');
        focusInput();
      }
      return;
    }
    if (!res.ok || !isObj(res.data)) {
      addError(res.ok ? 'Unexpected response from the server.' : errorMessage(res), { retry: isText });
      setInputMode('normal');
      focusInput();
      if (res.status === 401 || res.status === 403) warnSession();
      return;
    }
    handleAgentResponse(res.data);
  }

  function handleAgentResponse(resp) {
    const type = String(resp.type || '').toUpperCase();
    const message = typeof resp.message === 'string' ? resp.message : '';
    const data = obj(resp.data);
    const meta = obj(resp.metadata);
    const customProps = obj(meta.customProps);
    const warnings = strList(resp.warnings);
    const errors = strList(resp.errors);

    switch (type) {
      case 'ERROR': {
        addError(message || 'Something went wrong.', { items: errors.concat(warnings), retry: true });
        setInputMode('normal');
        focusInput();
        break;
      }
      case 'NEEDS_SELECTION': {
        const row = addAssistant(message, { warnings });
        if (Array.isArray(data.candidates) && data.candidates.length) {
          renderCandidates(row, data.candidates);
        } else if (Array.isArray(data.options) && data.options.length) {
          renderOptions(row, data.options);
        } else {
          setInputMode('normal', customProps.placeholder);
          focusInput();
        }
        break;
      }
      case 'NEEDS_CONFIRMATION': {
        const row = addAssistant(message, { warnings });
        renderConfirmation(row, data, customProps);
        break;
      }
      case 'NEEDS_INPUT': {
        addAssistant(message, { warnings });
        setInputMode('normal', customProps.placeholder);
        focusInput();
        break;
      }
      case 'COMPLETE':
      case 'PARTIAL':
      default: {
        const row = addAssistant(message, { warnings, errors: type === 'PARTIAL' ? errors : [] });
        if (resp.backgroundTask != null && resp.backgroundTask !== false) addEnrichNote(row);
        setInputMode('normal');
        focusInput();
        scheduleReload(0);
        break;
      }
    }
  }

  function warnSession() {
    if (state.sessionWarned) return;
    state.sessionWarned = true;
    addNote('Your session may have expired. Use "New demo trip" to start again.');
  }

  /* ------------------------------------------------------------------ *
   * Itinerary
   * ------------------------------------------------------------------ */

  function fetchItinerary(s) {
    return api('GET', `${API}/itineraries/${enc(s.itineraryId)}`, { token: s.token });
  }

  function scheduleReload(delay) {
    clearTimeout(state.reloadTimer);
    state.reloadTimer = setTimeout(reloadItinerary, delay || 0);
  }

  async function reloadItinerary() {
    const s = state.session;
    if (!s) return;
    const gen = state.gen;
    const seq = ++state.itinSeq;
    const res = await fetchItinerary(s);
    if (gen !== state.gen || seq !== state.itinSeq) return; // superseded
    if (res.ok && isObj(res.data)) {
      applyItinerary(res.data);
    } else if (!res.network && (res.status === 401 || res.status === 403 || res.status === 404)) {
      warnSession();
    }
    // network failures are silent: the socket reconnect triggers another reload.
  }

  function applyItinerary(it) {
    state.itinerary = it;
    renderItinerary(it);
    updateBanner();
  }

  function updateBanner() {
    const itDemo = state.itinerary && state.itinerary.demo === true;
    const sDemo = state.session && state.session.demo === true;
    els.banner.hidden = !(itDemo || sDemo);
  }

  function setItineraryMessage(text, cls) {
    els.days.replaceChildren(el('p', { class: `panel-note ${cls || 'muted'}`, text }));
  }

  function renderItinerary(it) {
    const dest = nonEmptyStr(it.destination) ? it.destination.trim() : '';
    let title = dest ? `Trip to ${dest}` : 'Your trip';
    if (it.version != null && it.version !== '') title += ` · v${it.version}`;
    els.title.textContent = title;

    const days = Array.isArray(it.days) ? it.days : [];
    const subParts = [];
    if (nonEmptyStr(it.startDate)) subParts.push(`Starts ${fmtDate(it.startDate)}`);
    if (days.length) subParts.push(`${days.length} day${days.length === 1 ? '' : 's'}`);
    els.sub.textContent = subParts.join(' · ');
    els.sub.hidden = subParts.length === 0;

    const prevIds = state.knownNodeIds;
    const ids = new Set();
    const frag = document.createDocumentFragment();

    if (!days.length) {
      frag.append(el('p', { class: 'panel-note muted', text: 'No days planned yet — ask the assistant to add something.' }));
    }

    days.forEach((rawDay, i) => {
      const d = obj(rawDay);
      const n = d.day != null && d.day !== '' ? d.day : i + 1;
      const dayEl = el('section', {
        class: 'day', attrs: { 'data-testid': 'itinerary-day', 'data-day': n },
      });
      const head = el('h2', { class: 'day-head' }, el('span', { class: 'day-num', text: `Day ${n}` }));
      if (nonEmptyStr(d.date)) head.append(el('span', { class: 'day-date', text: fmtDate(d.date) }));
      dayEl.append(head);

      const nodes = Array.isArray(d.nodes) ? d.nodes : [];
      if (!nodes.length) {
        dayEl.append(el('p', { class: 'day-empty muted', text: 'Nothing planned yet.' }));
      } else {
        const ol = el('ol', { class: 'nodes' });
        for (const rawNode of nodes) {
          const node = obj(rawNode);
          const li = renderNode(node);
          if (node.id != null) {
            const id = String(node.id);
            ids.add(id);
            if (prevIds && !prevIds.has(id)) li.classList.add('is-new');
          }
          ol.append(li);
        }
        dayEl.append(ol);
      }
      frag.append(dayEl);
    });

    state.knownNodeIds = ids;
    els.days.replaceChildren(frag);
  }

  function renderNode(node) {
    const type = nonEmptyStr(node.type) ? node.type.toLowerCase() : '';
    const typeCls = NODE_TYPES.includes(type) ? type : 'other';
    const li = el('li', {
      class: `node node-${typeCls}`,
      attrs: { 'data-testid': 'itinerary-node', 'data-node-id': node.id != null ? String(node.id) : null },
    });

    const timeCol = el('div', { class: 'node-time' });
    if (nonEmptyStr(node.time)) timeCol.append(el('span', { class: 'time', text: node.time }));
    const dur = fmtDuration(node.durationMinutes);
    if (dur) timeCol.append(el('span', { class: 'duration', text: dur }));
    li.append(timeCol);

    const body = el('div', { class: 'node-body' });
    const head = el('div', { class: 'node-head' });
    head.append(el('span', {
      class: 'node-title', text: nonEmptyStr(node.title) ? node.title : 'Untitled', attrs: { 'data-testid': 'node-title' },
    }));
    if (type) {
      head.append(el('span', {
        class: `badge badge-${typeCls}`, attrs: { 'data-testid': 'node-type' },
      }, TYPE_ICONS[typeCls] ? `${TYPE_ICONS[typeCls]} ` : '', node.type));
    }
    if (node.enrichment != null) {
      head.append(el('span', {
        class: 'enriched', text: '✨ enriched',
        attrs: { 'data-testid': 'enriched-indicator', title: 'Photos and reviews added' },
      }));
    }
    body.append(head);

    if (isObj(node.place)) {
      const p = node.place;
      const place = el('div', { class: 'node-place' });
      if (nonEmptyStr(p.photoUrl)) {
        const img = el('img', { class: 'node-photo', attrs: { alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' } });
        img.addEventListener('error', () => img.remove(), { once: true });
        img.src = p.photoUrl;
        place.append(img);
      }
      const info = el('div', { class: 'place-info' });
      if (nonEmptyStr(p.name)) info.append(el('div', { class: 'place-name', text: `📍 ${p.name}` }));
      if (nonEmptyStr(p.formattedAddress)) info.append(el('div', { class: 'place-address', text: p.formattedAddress }));
      const metaParts = [fmtRating(p.rating, p.ratingCount), fmtPrice(p.priceLevel), strList(p.cuisine).join(' · ')]
        .filter(Boolean);
      if (metaParts.length) info.append(el('div', { class: 'place-meta', text: metaParts.join('  ·  ') }));
      if (info.childNodes.length) place.append(info);
      if (place.childNodes.length) body.append(place);
    }

    li.append(body);
    return li;
  }

  /* ------------------------------------------------------------------ *
   * Live events (WebSocket)
   * ------------------------------------------------------------------ */

  function connectSocket() {
    const s = state.session;
    if (!s || typeof WebSocket !== 'function') return;
    const gen = state.gen;
    const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const url = `${proto}//${window.location.host}${API}/itineraries/${enc(s.itineraryId)}/events?token=${enc(s.token)}`;
    let ws;
    try {
      ws = new WebSocket(url);
    } catch (_) {
      scheduleReconnect(gen);
      return;
    }
    state.ws = ws;
    let openedAt = 0;

    ws.onopen = () => {
      if (gen !== state.gen) { try { ws.close(); } catch (_) { /* ignore */ } return; }
      openedAt = Date.now();
      if (state.wsHadOpen) scheduleReload(0); // catch up on anything missed while disconnected
      state.wsHadOpen = true;
    };
    ws.onmessage = (ev) => {
      if (gen !== state.gen) return;
      state.wsDelay = WS_MIN_DELAY;
      handleEvent(ev.data);
    };
    ws.onerror = () => { /* a close event follows; stay quiet */ };
    ws.onclose = (ev) => {
      if (state.ws === ws) state.ws = null;
      if (gen !== state.gen) return;
      if (ev && ev.code === 4403) return; // not ours (or the token was revoked): retrying won't help
      if (openedAt && Date.now() - openedAt > 10000) state.wsDelay = WS_MIN_DELAY;
      scheduleReconnect(gen);
    };
  }

  function scheduleReconnect(gen) {
    clearTimeout(state.wsTimer);
    const delay = state.wsDelay;
    state.wsDelay = Math.min(delay * 2, WS_MAX_DELAY);
    state.wsTimer = setTimeout(() => {
      state.wsTimer = null;
      if (gen === state.gen && !state.ws) connectSocket();
    }, delay);
  }

  function closeSocket() {
    clearTimeout(state.wsTimer);
    state.wsTimer = null;
    state.wsDelay = WS_MIN_DELAY;
    state.wsHadOpen = false;
    const ws = state.ws;
    state.ws = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
      try { ws.close(); } catch (_) { /* ignore */ }
    }
  }

  function handleEvent(raw) {
    let msg;
    try {
      msg = JSON.parse(raw);
    } catch (_) {
      return;
    }
    if (!isObj(msg)) return;
    scheduleReload(100);
    const name = String(msg.event || '');
    if (name.startsWith('enrichment')) clearEnrichNotes();
    if (nonEmptyStr(msg.message)) {
      toast(msg.message);
      addNote(msg.message);
    }
  }

  /* ------------------------------------------------------------------ *
   * Session start
   * ------------------------------------------------------------------ */

  function resetChat() {
    els.messages.replaceChildren(els.empty);
    els.empty.hidden = false;
    els.toasts.replaceChildren();
  }

  function showStartError(res, gen) {
    if (gen !== state.gen) return;
    setItineraryMessage(res.network ? 'Could not reach the server.' : 'Could not load your itinerary.', 'error-text');
    const row = addError(errorMessage(res));
    const bubble = row.querySelector('.bubble');
    const btn = el('button', { class: 'retry-button', text: 'Retry', attrs: { type: 'button', 'data-testid': 'retry-button' } });
    btn.addEventListener('click', () => {
      btn.disabled = true;
      startSession(false);
    });
    bubble.append(btn);
    setLocked(true, 'Not connected');
  }

  function ready(gen) {
    if (gen !== state.gen) return;
    setInputMode('normal');
    setLocked(false);
    focusInput();
    connectSocket();
  }

  async function startSession(fresh) {
    const gen = ++state.gen;
    closeSocket();
    clearTimeout(state.reloadTimer);
    clearEnrichNotes();
    state.session = null;
    state.itinerary = null;
    state.knownNodeIds = null;
    state.pending = null;
    state.lastText = null;
    state.sessionWarned = false;
    state.busy = false;
    state.inputMode = 'normal';
    state.placeholder = DEFAULT_PLACEHOLDER;
    setLocked(true, 'Connecting…');
    els.title.textContent = 'Your trip';
    els.sub.hidden = true;
    updateBanner();
    setItineraryMessage('Loading itinerary…');

    let s = fresh ? null : readStored();
    if (s) {
      state.session = s;
      updateBanner();
      const res = await fetchItinerary(s);
      if (gen !== state.gen) return;
      if (res.ok && isObj(res.data)) {
        applyItinerary(res.data);
        ready(gen);
        return;
      }
      if (!res.network && (res.status === 401 || res.status === 403 || res.status === 404)) {
        clearStored(); // stale session — start a new demo session (once)
        state.session = null;
        s = null;
        updateBanner();
      } else {
        showStartError(res, gen);
        return;
      }
    }

    const created = await api('POST', `${API}/demo/session`);
    if (gen !== state.gen) return;
    if (!created.ok) {
      if (created.status === 404) {
        setItineraryMessage(NOT_DEMO_MESSAGE, 'error-text');
        addAssistant(NOT_DEMO_MESSAGE, { variant: 'warning' });
        setLocked(true, 'Not available');
      } else {
        showStartError(created, gen);
      }
      return;
    }
    const ns = normalizeSession(created.data);
    if (!ns) {
      showStartError({ ok: false, status: created.status, network: false, data: null }, gen);
      return;
    }
    storeSession(ns);
    state.session = ns;
    updateBanner();

    const res2 = await fetchItinerary(ns);
    if (gen !== state.gen) return;
    if (!res2.ok || !isObj(res2.data)) {
      showStartError(res2, gen);
      return;
    }
    applyItinerary(res2.data);
    ready(gen);
  }

  /* ------------------------------------------------------------------ *
   * Wiring
   * ------------------------------------------------------------------ */

  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (state.busy || state.locked || els.input.disabled) return;
    let text = els.input.value.trim();
    if (!text) return;
    if (text.length > MAX_LEN) text = text.slice(0, MAX_LEN);
    els.input.value = '';
    state.lastText = text;
    addUser(text);
    sendChat({ text });
  });

  els.typeAnswer.addEventListener('click', () => {
    if (state.busy || state.locked) return;
    setInputMode('normal', 'Type your answer…');
    focusInput();
  });

  els.newTrip.addEventListener('click', () => {
    clearStored();
    resetChat();
    startSession(true);
  });

  window.addEventListener('online', () => {
    if (state.session && !state.ws && !state.locked) {
      clearTimeout(state.wsTimer);
      state.wsTimer = null;
      state.wsDelay = WS_MIN_DELAY;
      connectSocket();
    }
  });

  startSession(false);
})();
