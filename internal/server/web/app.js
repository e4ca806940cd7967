// parley's web UI: plain ES module, no framework. Every view reads the
// JSON API of the same server; nothing is fetched from elsewhere.

const main = document.getElementById('main');
const quadNames = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const quadColors = { 1: '#2f9e44', 2: '#1b6e30', 3: '#e8590c', 4: '#c92a2a' };

// h builds an element; children may be strings, nodes, arrays or null.
function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

async function api(path) {
  const resp = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await resp.json().catch(() => ({ error: resp.statusText }));
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) u.set(k, v);
  const s = u.toString();
  return s ? '?' + s : '';
}

function show(...nodes) {
  main.replaceChildren(...nodes.flat());
}

function fail(err) {
  show(h('p', { class: 'error', role: 'alert' }, err.message));
}

const link = (href, text, attrs = {}) => h('a', { href, ...attrs }, text);
const articleLink = (id, title) => link(`#/article/${id}`, title || `Article ${id}`);
const quadTag = (q) => h('span', { class: `tag q${q}`, title: quadNames[q] }, quadNames[q] || 'unknown');
const day = (s) => (s || '').slice(0, 10);

function pager(page, total, go) {
  const { limit, offset } = page;
  return h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '← Previous'),
    h('span', { class: 'muted' }, total ? `${offset + 1}–${Math.min(offset + limit, total)} of ${total}` : 'none'),
    h('button', { type: 'button', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, 'Next →'));
}

// ---- Articles -------------------------------------------------------------

async function viewHome(params) {
  const offset = Number(params.get('offset') || 0);
  const [stats, list] = await Promise.all([api('/api/stats'), api(`/api/articles${qs({ limit: 25, offset })}`)]);
  show(
    h('h1', {}, 'Corpus'),
    h('div', { class: 'stats' },
      ['articles', 'actors', 'attributions', 'events'].map((k) => h('div', {}, h('b', {}, stats[k].toLocaleString()), k))),
    h('h2', {}, 'Articles'),
    table(['Title', 'Published', 'Actors', 'Statements', 'Events'], list.items.map((a) => [
      articleLink(a.id, a.title), day(a.published) + (a.date_inferred ? ' (inferred)' : ''),
      num(a.actors), num(a.attributions), num(a.events)])),
    pager(list, list.total, (o) => go('#/', { offset: o })));
}

const num = (n) => ({ num: n });

function table(head, rows) {
  return h('table', {},
    h('thead', {}, h('tr', {}, head.map((t, i) => h('th', { scope: 'col', class: rows[0] && rows[0][i] && rows[0][i].num !== undefined ? 'num' : null }, t)))),
    h('tbody', {}, rows.length ? rows.map((r) => h('tr', {}, r.map((c) =>
      c && c.num !== undefined ? h('td', { class: 'num' }, c.num.toLocaleString()) : h('td', {}, c))))
      : h('tr', {}, h('td', { colspan: head.length, class: 'muted' }, 'Nothing found.'))));
}

// ---- One article, marked up ----------------------------------------------

async function viewArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const d = a.document;
  const actors = Object.fromEntries(d.actors.map((x) => [x.id, x]));
  const detail = h('div', { class: 'panel', id: 'detail', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Select a quotation, a cue or an underlined event to see its record.'));
  const marks = [];
  for (const t of d.attributions) {
    if (t.source.end > t.source.start) marks.push({ kind: 'source', start: t.source.start, end: t.source.end, att: t });
    if (t.cue.end > t.cue.start) marks.push({ kind: 'cue', start: t.cue.start, end: t.cue.end, att: t });
    if (t.content.end > t.content.start) marks.push({ kind: 'content', start: t.content.start, end: t.content.end, att: t });
    for (const m of t.content_more || []) marks.push({ kind: 'content', start: m.start, end: m.end, att: t });
  }
  for (const e of d.events) {
    if (e.evidence.end > e.evidence.start) marks.push({ kind: 'event', start: e.evidence.start, end: e.evidence.end, ev: e });
  }
  const text = markedText(d.text, marks, (m) => showRecord(detail, m, actors, d));
  show(
    h('h1', {}, a.title || 'Article ' + a.id),
    h('p', { class: 'muted' }, [day(a.published), a.date_inferred ? ' (date inferred from the text)' : '', a.url ? ' · ' : '',
      a.url ? link(a.url, a.url, { rel: 'noopener noreferrer' }) : '', ' · ', a.source]),
    h('div', { class: 'legend' }, h('span', { class: 'm-source' }, 'source'), h('span', { class: 'm-cue' }, 'cue'),
      h('span', { class: 'm-content' }, 'content'), h('span', { class: 'm-event' }, 'event (CAMEO code)')),
    h('div', { class: 'article' },
      text,
      h('div', { class: 'side' },
        detail,
        h('div', { class: 'panel' }, h('h2', {}, `Events (${d.events.length})`),
          h('ul', {}, d.events.map((e) => h('li', {}, h('button', { type: 'button', onclick: () => focusMark(text, 'ev', e.id) },
            `${e.cameo} ${e.label}`), ' ', sideText(e.source, actors), ' → ', sideText(e.target, actors),
            e.negated ? h('span', { class: 'tag neg' }, 'negated') : null, e.mode !== 'asserted' ? h('span', { class: 'tag' }, e.mode) : null)))),
        h('div', { class: 'panel' }, h('h2', {}, `Statements (${d.attributions.length})`),
          h('ul', {}, d.attributions.map((t) => h('li', {}, h('button', { type: 'button', onclick: () => focusMark(text, 'att', t.id) },
            speakerName(t, actors) || '(no source)'), ' ', h('span', { class: 'muted' }, t.cue.text), ': ',
            (t.content.text || '').slice(0, 90) + ((t.content.text || '').length > 90 ? '…' : ''))))),
        h('div', { class: 'panel' }, h('h2', {}, `Actors (${d.actors.length})`),
          h('ul', {}, d.actors.map((x) => h('li', {}, link(`#/actor${qs({ name: x.name })}`, x.name), ' ',
            x.code ? h('span', { class: 'tag' }, x.code) : null, h('span', { class: 'muted' }, `${x.kind}, ${x.mentions.length} mention(s)`))))))));
}

function sideText(side, actors) {
  const a = actors[side.actor];
  const name = a ? a.name : side.text;
  if (!name && !side.code) return h('span', { class: 'muted' }, '—');
  return h('span', {}, name || '', side.code ? h('span', { class: 'tag' }, side.code) : null);
}

function speakerName(t, actors) {
  const a = actors[t.source.actor];
  return a ? a.name : t.source.text;
}

// markedText splits the text at every span boundary; each piece carries
// the marks that cover it. Offsets count code points, as the API does.
function markedText(text, marks, onSelect) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((a, b) => a - b);
  const box = h('div', { class: 'text' });
  const eventEnds = new Map();
  for (const m of marks) if (m.kind === 'event') eventEnds.set(m.end, [...(eventEnds.get(m.end) || []), m]);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    const piece = chars.slice(s, e).join('');
    if (!covering.length) { box.append(piece); } else {
      const top = pick(covering);
      const el = h('span', {
        class: 'mark ' + [...new Set(covering.map((m) => 'm-' + m.kind))].join(' '),
        tabindex: top.kind === 'cue' || top.kind === 'event' ? 0 : -1, role: 'button',
        'data-att': covering.filter((m) => m.att).map((m) => m.att.id).join(' ') || null,
        'data-ev': covering.filter((m) => m.ev).map((m) => m.ev.id).join(' ') || null,
        'aria-label': top.kind === 'event' ? `event ${top.ev.cameo} ${top.ev.label}: ${piece}` : top.kind === 'cue' ? `statement cue: ${piece}` : null,
      }, piece);
      const select = (ev) => { ev.stopPropagation(); onSelect(top); highlight(box, top); };
      el.addEventListener('click', select);
      el.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(ev); } });
      box.append(el);
    }
    for (const m of eventEnds.get(e) || []) {
      box.append(h('sup', { class: 'code', title: `${m.ev.cameo} ${m.ev.label} (${m.ev.plover})`, 'data-ev': m.ev.id,
        onclick: () => { onSelect(m); highlight(box, m); } }, m.ev.cameo));
    }
  }
  return box;
}

// pick chooses which record a click on overlapping marks means: the
// narrowest, events and cues before the spans around them.
// pick is the mark a click on a piece opens: an event before a cue,
// unless the event is the cue's own statement (CAMEO 010, "told",
// "said"), whose record the statement's says more than; its code after
// the word still opens the event.
function pick(marks) {
  const rank = (m) => m.kind === 'event' ? (m.ev.cameo === '010' && marks.some((c) => c.kind === 'cue') ? 1.5 : 0)
    : { cue: 1, source: 2, content: 3 }[m.kind];
  return [...marks].sort((a, b) => rank(a) - rank(b) || (a.end - a.start) - (b.end - b.start))[0];
}

function highlight(box, m) {
  box.querySelectorAll('.m-active').forEach((el) => el.classList.remove('m-active'));
  const [attr, id] = m.ev ? ['data-ev', m.ev.id] : ['data-att', m.att.id];
  box.querySelectorAll(`[${attr}]`).forEach((el) => {
    if (el.getAttribute(attr).split(' ').includes(id)) el.classList.add('m-active');
  });
}

function focusMark(box, kind, id) {
  const attr = kind === 'ev' ? 'data-ev' : 'data-att';
  const el = [...box.querySelectorAll(`span[${attr}]`)].find((x) => x.getAttribute(attr).split(' ').includes(id));
  if (el) { el.scrollIntoView({ block: 'center' }); el.focus({ preventScroll: true }); el.click(); }
}

function showRecord(panel, m, actors, d) {
  if (m.ev) {
    const e = m.ev;
    const att = d.attributions.find((t) => t.id === e.attribution);
    panel.replaceChildren(h('h2', {}, `Event ${e.cameo}: ${e.label}`), h('dl', {},
      dl('PLOVER', `${e.plover}${e.plover_mode ? ' (' + e.plover_mode + ')' : ''}${e.plover_context ? ' · ' + e.plover_context.join(', ') : ''}`),
      dl('Source', sideText(e.source, actors)), dl('Target', sideText(e.target, actors)),
      dl('Quad class', quadTag(e.quad_class)), dl('Goldstein', e.goldstein),
      dl('Mode', [e.mode, e.negated ? h('span', { class: 'tag neg' }, 'negated') : null]),
      dl('Date', e.date ? `${e.date}${e.date_text ? ' (“' + e.date_text + '”)' : ''}` : '—'),
      dl('Place', e.location.text ? `${e.location.text} ${e.location.country || ''}` : '—'),
      dl('Evidence', `“${e.evidence.text}”, characters ${e.evidence.start}–${e.evidence.end}`),
      dl('Reported by', att ? `${speakerName(att, actors) || 'unnamed source'} (${att.cue.text})` : 'the article itself')),
      e.source.code && e.target.code ? h('p', {}, link(`#/timeline${qs({ a: e.source.code, b: e.target.code })}`, `Timeline ${e.source.code} ↔ ${e.target.code}`)) : null);
  } else {
    const t = m.att;
    panel.replaceChildren(h('h2', {}, `Statement (${t.kind.replace('_', ' ')})`), h('dl', {},
      dl('Source', t.source.text || '—'), dl('Speaker', speakerName(t, actors) ? link(`#/actor${qs({ name: speakerName(t, actors) })}`, speakerName(t, actors)) : '—'),
      dl('Kind of source', t.source_kind), dl('Cue', t.cue.text || '—'),
      dl('Reported by', t.reported_by ? (actors[t.reported_by] || {}).name || t.reported_by : (t.reported_by_span && t.reported_by_span.text) || '—'),
      dl('Relayed in', t.within ? `statement ${t.within}` : '—'),
      dl('Hedged', t.hedged ? 'yes' : 'no'),
      dl('Content', h('blockquote', {}, t.content.text || '—'))));
  }
}

const dl = (k, v) => [h('dt', {}, k), h('dd', {}, v)];

// ---- Events, network and timeline ------------------------------------------

const eventFields = [['actor', 'Actor code'], ['dyad', 'Dyad (A,B)'], ['root', 'CAMEO root'], ['plover', 'PLOVER type'],
  ['from', 'From', 'date'], ['to', 'To', 'date'], ['mode', 'Mode'], ['negated', 'Negated']];

function filterForm(params, fields, target) {
  const form = h('form', { class: 'filters', 'aria-label': 'Filters' },
    fields.map(([name, label, type]) => h('label', {}, label,
      name === 'mode' ? h('select', { name }, ['', 'asserted', 'intended', 'hypothetical', 'failed', 'denied'].map((v) => h('option', { value: v, selected: params.get(name) === v }, v || 'any')))
        : name === 'negated' ? h('select', { name }, ['', 'true', 'false'].map((v) => h('option', { value: v, selected: params.get(name) === v }, v || 'any')))
          : h('input', { name, type: type || 'text', value: params.get(name) || '' }))),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(target, Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== '')));
  });
  return form;
}

function pickParams(params, names) {
  return Object.fromEntries(names.map((n) => [n, params.get(n) || '']));
}

async function viewEvents(params) {
  const filters = pickParams(params, ['actor', 'dyad', 'root', 'plover', 'from', 'to', 'mode', 'negated', 'name']);
  const offset = Number(params.get('offset') || 0);
  const list = await api(`/api/events${qs({ ...filters, limit: 50, offset })}`);
  show(h('h1', {}, 'Events'), filterForm(params, eventFields, '#/events'),
    table(['Date', 'Source', 'Event', 'Target', 'Mode', 'Evidence', 'Article'], list.items.map((e) => [
      e.date || '—', actorCell(e.source), [h('span', {}, `${e.cameo} ${e.label} `), quadTag(e.quad_class)], actorCell(e.target),
      [e.mode, e.negated ? h('span', { class: 'tag neg' }, 'negated') : null], `“${e.evidence.text}”`, articleLink(e.article_id, e.article_title)])),
    pager(list, list.total, (o) => go('#/events', { ...filters, offset: o })));
}

function actorCell(side) {
  if (!side.name && !side.code) return h('span', { class: 'muted' }, '—');
  return h('span', {}, side.name ? link(`#/actor${qs({ name: side.name })}`, side.name) : '', ' ',
    side.code ? link(`#/events${qs({ actor: side.code })}`, side.code, { class: 'tag' }) : null);
}

async function viewNetwork(params) {
  const filters = pickParams(params, ['root', 'plover', 'from', 'to', 'mode', 'actor']);
  const { items } = await api(`/api/dyads${qs({ ...filters, limit: 120 })}`);
  const fields = [['actor', 'Actor code'], ['root', 'CAMEO root'], ['plover', 'PLOVER type'], ['from', 'From', 'date'], ['to', 'To', 'date'], ['mode', 'Mode']];
  show(h('h1', {}, 'Actor network'),
    h('p', { class: 'muted' }, 'Actors (country and sector codes) joined by the events between them; an edge takes the colour of its most frequent quad class and grows with the number of events. Select an edge for the dyad timeline, a node for its events.'),
    filterForm(params, fields, '#/network'), quadKey(),
    items.length ? network(items) : h('p', { class: 'muted' }, 'No events between coded actors match.'));
}

function quadKey() {
  return h('div', { class: 'key' }, [1, 2, 3, 4].map((q) => h('span', {}, h('i', { style: `background:${quadColors[q]}` }), quadNames[q])));
}

// network lays the graph out with a small force simulation: nodes repel,
// edges pull, and a weak pull keeps everything near the centre.
function network(dyads) {
  const W = 1100, H = 640;
  const nodes = new Map();
  for (const d of dyads) for (const c of [d.source, d.target]) if (!nodes.has(c)) nodes.set(c, { id: c, degree: 0 });
  for (const d of dyads) { nodes.get(d.source).degree += d.events; nodes.get(d.target).degree += d.events; }
  const list = [...nodes.values()];
  list.forEach((n, i) => { const a = (2 * Math.PI * i) / list.length; n.x = W / 2 + 250 * Math.cos(a); n.y = H / 2 + 220 * Math.sin(a); });
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (const a of list) { a.fx = (W / 2 - a.x) * 0.01; a.fy = (H / 2 - a.y) * 0.01; }
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      let dx = a.x - b.x, dy = a.y - b.y; const d2 = Math.max(dx * dx + dy * dy, 25);
      const f = 4000 / d2; const d = Math.sqrt(d2); dx /= d; dy /= d;
      a.fx += f * dx; a.fy += f * dy; b.fx -= f * dx; b.fy -= f * dy;
    }
    for (const e of dyads) {
      const a = nodes.get(e.source), b = nodes.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y; const d = Math.max(Math.hypot(dx, dy), 1);
      const f = (d - 120) * 0.02;
      a.fx += (f * dx) / d; a.fy += (f * dy) / d; b.fx -= (f * dx) / d; b.fy -= (f * dy) / d;
    }
    for (const a of list) {
      a.x = Math.min(W - 40, Math.max(40, a.x + Math.max(-20, Math.min(20, a.fx)) * cool));
      a.y = Math.min(H - 20, Math.max(20, a.y + Math.max(-20, Math.min(20, a.fy)) * cool));
    }
  }
  const maxEvents = Math.max(...dyads.map((d) => d.events));
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group', 'aria-label': 'Actor network' });
  // Heavier edges are drawn later, on top: where lines cross or run
  // together, the pointer finds the dyad with the most events.
  for (const d of [...dyads].sort((x, y) => x.events - y.events)) {
    const a = nodes.get(d.source), b = nodes.get(d.target);
    const q = d.quad_class.indexOf(Math.max(...d.quad_class)) + 1;
    const edge = h('svg:line', { class: 'edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: quadColors[q], 'stroke-opacity': 0.7,
      'stroke-width': 1.5 + 6 * Math.sqrt(d.events / maxEvents), tabindex: 0, role: 'link',
      'aria-label': `${d.source} to ${d.target}: ${d.events} events, mostly ${quadNames[q]}` },
      h('svg:title', {}, `${d.source} → ${d.target}: ${d.events} event(s), mostly ${quadNames[q]}; mean Goldstein ${d.goldstein}`));
    activate(edge, () => go('#/timeline', { a: d.source, b: d.target }));
    svg.append(edge);
  }
  for (const n of list) {
    const r = 6 + Math.min(16, Math.sqrt(n.degree) * 1.5);
    const g = h('svg:g', { class: 'node', tabindex: 0, role: 'link', 'aria-label': `${n.id}, ${n.degree} events` },
      h('svg:circle', { cx: n.x, cy: n.y, r }), h('svg:text', { x: n.x + r + 3, y: n.y + 4 }, n.id));
    activate(g, () => go('#/events', { actor: n.id }));
    svg.append(g);
  }
  return svg;
}

function activate(el, action) {
  el.addEventListener('click', action);
  el.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); action(); } });
}

async function viewTimeline(params) {
  const a = (params.get('a') || '').toUpperCase(), b = (params.get('b') || '').toUpperCase();
  const form = h('form', { class: 'filters', 'aria-label': 'Dyad' },
    h('label', {}, 'Actor A', h('input', { name: 'a', value: a, placeholder: 'USA' })),
    h('label', {}, 'Actor B', h('input', { name: 'b', value: b, placeholder: 'IRN' })),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('#/timeline', Object.fromEntries(new FormData(form))); });
  if (!a || !b) {
    const { items } = await api('/api/dyads?limit=12');
    show(h('h1', {}, 'Dyad timeline'), form, h('h2', {}, 'Busiest dyads'),
      h('ul', {}, items.map((d) => h('li', {}, link(`#/timeline${qs({ a: d.source, b: d.target })}`, `${d.source} → ${d.target}`), ` (${d.events})`))));
    return;
  }
  const list = await api(`/api/events${qs({ dyad: `${a},${b}`, limit: 1000 })}`);
  const dated = list.items.filter((e) => e.date);
  show(h('h1', {}, `Timeline ${a} ↔ ${b}`), form,
    h('p', { class: 'muted' }, `${list.total} event(s), ${dated.length} dated. Above the line: cooperation (Goldstein > 0); below: conflict.`),
    quadKey(), dated.length ? timeline(dated, a) : h('p', { class: 'muted' }, 'No dated events between these actors.'),
    h('h2', {}, 'Events'),
    table(['Date', 'Source', 'Event', 'Target', 'Evidence', 'Article'], list.items.map((e) => [
      e.date || '—', actorCell(e.source), [`${e.cameo} ${e.label} `, quadTag(e.quad_class), e.negated ? h('span', { class: 'tag neg' }, 'negated') : null],
      actorCell(e.target), `“${e.evidence.text}”`, articleLink(e.article_id, e.article_title)])));
}

function timeline(events, a) {
  const W = 1100, H = 360, pad = 50;
  const times = events.map((e) => Date.parse(e.date));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (t0 === t1) { t0 -= 86400e3 * 3; t1 += 86400e3 * 3; }
  const x = (t) => pad + ((t - t0) / (t1 - t0)) * (W - 2 * pad);
  const y = (g) => H / 2 - (g / 10) * (H / 2 - pad / 2);
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group', 'aria-label': 'Dyad timeline' },
    h('svg:line', { class: 'axis', x1: pad, x2: W - pad, y1: H / 2, y2: H / 2 }),
    h('svg:text', { class: 'axis-label', x: pad, y: H - 8 }, new Date(t0).toISOString().slice(0, 10)),
    h('svg:text', { class: 'axis-label', x: W - pad, y: H - 8, 'text-anchor': 'end' }, new Date(t1).toISOString().slice(0, 10)),
    h('svg:text', { class: 'axis-label', x: 4, y: y(10) + 4 }, '+10'), h('svg:text', { class: 'axis-label', x: 4, y: y(-10) + 4 }, '−10'));
  const seen = new Map();
  events.forEach((e, i) => {
    const key = `${e.date}|${e.goldstein}`; const n = seen.get(key) || 0; seen.set(key, n + 1);
    const fromA = e.source.code.startsWith(a);
    const dot = h('svg:circle', { class: 'dot', cx: x(times[i]) + n * 7, cy: y(e.goldstein), r: 6, fill: quadColors[e.quad_class] || '#888',
      'fill-opacity': fromA ? 1 : 0.55, tabindex: 0, role: 'link', 'aria-label': `${e.date}: ${e.source.code} ${e.label} ${e.target.code}` },
      h('svg:title', {}, `${e.date}: ${e.source.name || e.source.code} → ${e.target.name || e.target.code}: ${e.cameo} ${e.label}${e.negated ? ' (negated)' : ''}`));
    activate(dot, () => go(`#/article/${e.article_id}`, {}));
    svg.append(dot);
  });
  return svg;
}

// ---- Actors and who said what ----------------------------------------------

async function viewActors(params) {
  const filters = pickParams(params, ['name', 'code', 'kind']);
  const offset = Number(params.get('offset') || 0);
  const list = await api(`/api/actors${qs({ ...filters, limit: 50, offset })}`);
  show(h('h1', {}, 'Actors'), filterForm(params, [['name', 'Name'], ['code', 'Code'], ['kind', 'Kind']], '#/actors'),
    table(['Name', 'Code', 'Kind', 'Articles', 'Mentions', 'Events', 'Statements'], list.items.map((a) => [
      link(`#/actor${qs({ name: a.name })}`, a.name), a.code ? link(`#/events${qs({ actor: a.code })}`, a.code) : '—', a.kind,
      num(a.articles), num(a.mentions), num(a.events), num(a.statements)])),
    pager(list, list.total, (o) => go('#/actors', { ...filters, offset: o })));
}

async function viewActor(params) {
  const name = params.get('name') || '';
  const [said, events] = await Promise.all([
    api(`/api/attributions${qs({ speaker: name, limit: 100 })}`), api(`/api/events${qs({ name, limit: 100 })}`)]);
  const partners = new Map();
  for (const e of events.items) {
    const [me, other] = e.source.name === name ? [e.source.code, e.target.code] : [e.target.code, e.source.code];
    if (me && other && me !== other) partners.set(`${me}|${other}`, (partners.get(`${me}|${other}`) || 0) + 1);
  }
  show(h('h1', {}, name),
    partners.size ? h('p', {}, 'Timelines: ', [...partners].map(([k, n]) => { const [me, o] = k.split('|'); return [link(`#/timeline${qs({ a: me, b: o })}`, `${me} ↔ ${o}`), ` (${n}) `]; })) : null,
    h('h2', {}, `What ${name} said (${said.total})`), quotes(said.items),
    h('h2', {}, `Events (${events.total})`),
    table(['Date', 'Source', 'Event', 'Target', 'Article'], events.items.map((e) => [e.date || '—', actorCell(e.source),
      [`${e.cameo} ${e.label} `, quadTag(e.quad_class)], actorCell(e.target), articleLink(e.article_id, e.article_title)])));
}

function quotes(items) {
  if (!items.length) return h('p', { class: 'muted' }, 'No statements.');
  return h('ul', { class: 'quotes' }, items.map((t) => h('li', { class: 'panel' },
    h('div', {}, link(`#/actor${qs({ name: t.speaker })}`, t.speaker || '(unnamed)'), ' ', t.speaker_code ? h('span', { class: 'tag' }, t.speaker_code) : null,
      h('span', { class: 'tag' }, t.kind.replace('_', ' ')), h('span', { class: 'tag' }, t.source_kind),
      t.hedged ? h('span', { class: 'tag' }, 'hedged') : null, t.reported_by ? h('span', { class: 'muted' }, ' reported by ', link(`#/said${qs({ reported_by: t.reported_by })}`, t.reported_by)) : null,
      t.within ? h('span', { class: 'muted' }, ` (inside ${t.within})`) : null),
    h('blockquote', {}, t.content.text || '—'),
    h('div', { class: 'muted' }, `“${t.cue.text}” · `, articleLink(t.article_id, t.article_title)))));
}

async function viewSaid(params) {
  const filters = pickParams(params, ['speaker', 'code', 'source_kind', 'reported_by']);
  const offset = Number(params.get('offset') || 0);
  const [speakers, list] = await Promise.all([api('/api/actors?limit=200'),
    api(`/api/attributions${qs({ ...filters, limit: 30, offset })}`)]);
  const top = speakers.items.filter((a) => a.statements > 0).sort((a, b) => b.statements - a.statements).slice(0, 15);
  show(h('h1', {}, 'Who said what'),
    h('p', {}, 'Most quoted: ', top.map((a) => [link(`#/said${qs({ speaker: a.name })}`, a.name), ` (${a.statements}) `])),
    filterForm(params, [['speaker', 'Speaker'], ['code', 'Speaker code'], ['source_kind', 'Kind of source'], ['reported_by', 'Reported by']], '#/said'),
    quotes(list.items), pager(list, list.total, (o) => go('#/said', { ...filters, offset: o })));
}

// ---- Search -----------------------------------------------------------------

async function viewSearch(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const res = await api(`/api/search${qs({ q, limit: 30 })}`);
  show(h('h1', {}, `Search: ${q}`),
    h('h2', {}, `Articles (${res.articles.length})`),
    res.articles.length ? h('ul', {}, res.articles.map((a) => h('li', {}, articleLink(a.id, a.title), h('div', { class: 'muted' }, marked(a.snippet, a.highlights)))))
      : h('p', { class: 'muted' }, 'No article holds every word.'),
    h('h2', {}, `Quotes (${res.quotes.length})`), quotes(res.quotes));
}

// marked splits a snippet into text and <mark> elements at the API's
// highlights, [start, end) in characters (code points, as Array.from
// counts them).
function marked(snippet, highlights) {
  const chars = Array.from(snippet || '');
  const out = [];
  let at = 0;
  for (const [start, end] of highlights || []) {
    if (start < at || end > chars.length) continue;
    out.push(chars.slice(at, start).join(''), h('mark', {}, chars.slice(start, end).join('')));
    at = end;
  }
  out.push(chars.slice(at).join(''));
  return out;
}

// ---- Routing ----------------------------------------------------------------

function go(path, params = {}) {
  location.hash = path + qs(params);
}

const routes = [
  [/^#\/article\/(\d+)$/, (m) => viewArticle(m[1])],
  [/^#\/events$/, (m, p) => viewEvents(p)],
  [/^#\/network$/, (m, p) => viewNetwork(p)],
  [/^#\/timeline$/, (m, p) => viewTimeline(p)],
  [/^#\/actors$/, (m, p) => viewActors(p)],
  [/^#\/actor$/, (m, p) => viewActor(p)],
  [/^#\/said$/, (m, p) => viewSaid(p)],
  [/^#\/search$/, (m, p) => viewSearch(p)],
  [/^(#\/?)?$/, (m, p) => viewHome(p)],
];

async function route() {
  const [path, query] = (location.hash || '#/').split('?');
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('nav a').forEach((a) => a.toggleAttribute('aria-current', a.getAttribute('href') === path));
  for (const [re, view] of routes) {
    const m = path.match(re);
    if (!m) continue;
    main.setAttribute('aria-busy', 'true');
    try { await view(m, params); } catch (err) { fail(err); }
    main.removeAttribute('aria-busy');
    document.title = `parley · ${main.querySelector('h1')?.textContent || ''}`;
    return;
  }
  fail(new Error(`No such page: ${path}`));
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) go('#/search', { q });
});
window.addEventListener('hashchange', () => { route(); main.focus({ preventScroll: true }); });
route();
