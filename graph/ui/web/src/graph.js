// The graph view: an analyst's picture of one entity's neighbourhood. It asks
// the same-origin GraphQL endpoint for `neighborhood`, lays the nodes out with
// a small deterministic force simulation and draws them as SVG: nodes coloured
// by kind and labelled by name, edges labelled by type and amount. Clicking a
// node (or pressing Enter on it) recentres the view there; the URL
// (?id=…&depth=…) follows, so views can be bookmarked and Back works.
//
// It is hand-written rather than built on a graph library to keep the bundle
// a few kilobytes; a neighbourhood is at most a few hundred nodes, which an
// O(n²) layout handles in milliseconds.
import './graph.css';
import { endpoint } from './endpoint.js';
import { formatUSD, layout, curve, LABEL_SPOTS, overlaps } from './layout.js';

const SVG = 'http://www.w3.org/2000/svg';

// Colours by entity kind (Tableau 10, readable on white and for most kinds
// of colour blindness when paired with the legend).
const KIND_COLOURS = {
  ORGANIZATION: '#4e79a7',
  PERSON: '#f28e2b',
  PROJECT: '#59a14f',
  PRODUCT: '#b07aa1',
  PLACE: '#9c755f',
};
const OTHER_COLOUR = '#8c8c8c';
const SYMMETRIC = new Set(['PARTNERS_WITH', 'COMPETES_WITH']);

const NEIGHBORHOOD = `query GraphView($id: ID!, $depth: Int!) {
  neighborhood(id: $id, depth: $depth) {
    nodes { id name kind }
    edges {
      id
      type
      label
      source { id }
      target { id }
      amount { value currency usd }
      status
      date
      confidence
    }
  }
}`;

const EVIDENCE = `query GraphViewEvidence($id: ID!) {
  relationship(id: $id) {
    id
    sourceCount
    evidence {
      sentence
      date
      amount { value currency usd }
      article { id title url published source lang }
    }
  }
}`;

const SEARCH = `query GraphViewSearch($q: String!) {
  search(query: $q, first: 8) { entity { id name kind } }
}`;

const url = endpoint();
const svg = document.getElementById('graph');
const details = document.getElementById('details');
const statusEl = document.getElementById('status');
const depthEl = document.getElementById('depth');
const searchForm = document.getElementById('search');
const searchInput = document.getElementById('q');
const suggestions = document.getElementById('suggestions');

let current = null; // { id, depth, nodes, edges, byId }
let view = { x: 0, y: 0, w: 1000, h: 700 };
let loadSeq = 0;

async function gql(query, variables, signal) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the server answered ${res.status} ${res.statusText} without a GraphQL response`);
  }
  if (body.errors && body.errors.length) {
    const e = new Error(body.errors.map((x) => x.message).join('; '));
    e.code = body.errors[0].extensions && body.errors[0].extensions.code;
    throw e;
  }
  return body.data;
}

function el(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

function html(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function setStatus(text, isError = false) {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', isError);
}

function params() {
  const p = new URLSearchParams(window.location.search);
  const depth = Math.min(3, Math.max(1, parseInt(p.get('depth') || '1', 10) || 1));
  return { id: (p.get('id') || 'openai').trim(), depth };
}

function navigate(id, depth, push = true) {
  const p = new URLSearchParams({ id, depth: String(depth) });
  if (push) window.history.pushState({ id, depth }, '', `?${p}`);
  load(id, depth);
}

async function load(id, depth) {
  const seq = ++loadSeq;
  depthEl.value = String(depth);
  svg.dataset.state = 'loading';
  setStatus(`Loading ${id}…`);
  try {
    const data = await gql(NEIGHBORHOOD, { id, depth });
    if (seq !== loadSeq) return;
    const g = data.neighborhood;
    if (!g || !g.nodes.length) throw Object.assign(new Error(`no entity with id “${id}”`), { code: 'NOT_FOUND' });
    current = { id, depth, ...g, byId: new Map(g.nodes.map((n) => [n.id, n])) };
    draw(current);
    showEntity(g.nodes[0]);
    document.title = `aikg · ${g.nodes[0].name}`;
    setStatus(`${g.nodes.length} entities, ${g.edges.length} relationships`);
    svg.dataset.state = 'ready';
    svg.dataset.center = g.nodes[0].id;
  } catch (err) {
    if (seq !== loadSeq) return;
    svg.dataset.state = 'error';
    svg.replaceChildren();
    details.replaceChildren(
      html('h2', {}, 'Nothing to show'),
      html('p', {}, err.code === 'NOT_FOUND' ? `There is no entity with id “${id}”. Search for one above.` : String(err.message)),
    );
    setStatus(err.message, true);
  }
}

function draw(g) {
  // Small graphs get longer edges, so their labels have room.
  const pos = layout(g.nodes, g.edges, g.nodes[0].id, { spring: g.nodes.length <= 12 ? 190 : 150 });
  const degree = new Map();
  for (const e of g.edges) {
    degree.set(e.source.id, (degree.get(e.source.id) || 0) + 1);
    degree.set(e.target.id, (degree.get(e.target.id) || 0) + 1);
  }
  const radius = (n) => (n.id === g.nodes[0].id ? 22 : 11 + Math.min(9, 1.5 * (degree.get(n.id) || 0)));

  svg.replaceChildren();
  svg.classList.remove('focusing'); // the hovered node of the last view is gone
  const defs = el('defs');
  const marker = el('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5',
    markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
  });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.append(marker);
  svg.append(defs);

  const world = el('g', { class: 'world' });
  const edgeLayer = el('g', { class: 'edges' });
  const labelLayer = el('g', { class: 'edge-labels' });
  const nodeLayer = el('g', { class: 'nodes' });
  world.append(edgeLayer, labelLayer, nodeLayer);
  svg.append(world);

  // Edges between the same two nodes fan out as curves so none hide another.
  const pairCount = new Map();
  const pairIndex = new Map();
  const pairKey = (e) => [e.source.id, e.target.id].sort().join('\u0000');
  for (const e of g.edges) pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) || 0) + 1);

  const labels = [];
  for (const e of g.edges) {
    const a = pos.get(e.source.id);
    const b = pos.get(e.target.id);
    if (!a || !b) continue;
    const key = pairKey(e);
    const i = pairIndex.get(key) || 0;
    pairIndex.set(key, i + 1);
    const n = pairCount.get(key);
    // Offsets …,-1,0,1,… scaled; flipped for edges drawn the other way round
    // so that the sign is relative to the pair, not to the edge.
    let bend = (i - (n - 1) / 2) * 50;
    if (e.source.id > e.target.id) bend = -bend;
    const ra = radius(g.byId.get(e.source.id));
    const rb = radius(g.byId.get(e.target.id));
    const c = curve(a, b, bend, ra + 1, rb + 3);
    const path = el('path', {
      d: c.d,
      class: `edge type-${e.type.toLowerCase()}`,
      'data-source': e.source.id,
      'data-target': e.target.id,
    });
    if (!SYMMETRIC.has(e.type)) path.setAttribute('marker-end', 'url(#arrow)');
    path.append(el('title', {}, edgeTitle(e, g)));
    const hit = el('path', { d: c.d, class: 'edge-hit', tabindex: '-1' });
    hit.addEventListener('click', () => showEdge(e));
    edgeLayer.append(path, hit);

    labels.push({ e, c });
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id);
    const r = radius(n);
    const centre = n.id === g.nodes[0].id;
    const node = el('g', {
      class: `node kind-${(n.kind || 'other').toLowerCase()}${centre ? ' centre' : ''}`,
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      tabindex: '0',
      role: 'button',
      'data-id': n.id,
      'aria-label': `${n.name} (${(n.kind || '').toLowerCase()})${centre ? ', centre' : ', click to recentre'}`,
    });
    node.append(el('circle', { r, fill: KIND_COLOURS[n.kind] || OTHER_COLOUR }));
    node.append(el('text', { class: 'node-label', y: r + 14, 'text-anchor': 'middle' }, n.name));
    node.append(el('title', {}, `${n.name} · ${n.kind || ''} · ${n.id}`));
    node.addEventListener('click', (ev) => {
      ev.stopPropagation();
      if (centre) showEntity(n);
      else navigate(n.id, current.depth);
    });
    node.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        if (!centre) navigate(n.id, current.depth);
      }
    });
    node.addEventListener('mouseenter', () => highlight(n.id));
    node.addEventListener('mouseleave', () => highlight(null));
    node.addEventListener('focus', () => {
      highlight(n.id);
      showEntity(n);
    });
    nodeLayer.append(node);
  }

  placeLabels(labels, labelLayer, nodeLayer);
  fit(world);
}

// placeLabels writes each edge's label at the first spot along its curve
// where it hides no node and no label placed before it; labels of the
// largest amounts are placed first, so they get the best spots.
function placeLabels(labels, layer, nodeLayer) {
  const taken = [];
  for (const g of nodeLayer.querySelectorAll('g.node')) taken.push(g.getBBox ? boxOf(g) : null);
  const usd = (l) => (l.e.amount && l.e.amount.usd) || 0;
  labels.sort((a, b) => usd(b) - usd(a));
  for (const { e, c } of labels) {
    const label = el('text', { class: 'edge-label', 'text-anchor': 'middle' });
    const head = el('tspan', { dy: '-0.35em' }, verb(e));
    label.append(head);
    const amount = e.amount && e.amount.usd != null ? el('tspan', { class: 'amount', dy: '1.15em' }, formatUSD(e.amount.usd)) : null;
    if (amount) label.append(amount);
    label.addEventListener('click', () => showEdge(e));
    layer.append(label);
    // The first free spot wins; failing that, the one that hides least.
    let best = null;
    for (const t of LABEL_SPOTS) {
      const p = c.at(t);
      const box = moveLabel(label, [head, amount], p);
      const hidden = taken.reduce((sum, b) => sum + (b ? overlapArea(box, b) : 0), 0);
      if (!best || hidden < best.hidden) best = { p, box, hidden };
      if (hidden === 0) break;
    }
    const box = moveLabel(label, [head, amount], best.p);
    taken.push(box);
  }
}

function moveLabel(label, spans, p) {
  for (const node of [label, ...spans]) if (node) node.setAttribute('x', p.x.toFixed(1));
  label.setAttribute('y', p.y.toFixed(1));
  return label.getBBox();
}

function overlapArea(a, b) {
  if (!overlaps(a, b)) return 0;
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + 4;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + 4;
  return Math.max(0, w) * Math.max(0, h);
}

// boxOf is a node group's box in world coordinates (its own box moved by
// its translate).
function boxOf(g) {
  const b = g.getBBox();
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') || '');
  const dx = m ? parseFloat(m[1]) : 0;
  const dy = m ? parseFloat(m[2]) : 0;
  return { x: b.x + dx, y: b.y + dy, width: b.width, height: b.height };
}

function highlight(id) {
  svg.classList.toggle('focusing', id != null);
  for (const p of svg.querySelectorAll('path.edge')) {
    p.classList.toggle('lit', id != null && (p.dataset.source === id || p.dataset.target === id));
  }
}

function edgeTitle(e, g) {
  const s = g.byId.get(e.source.id);
  const t = g.byId.get(e.target.id);
  const parts = [`${s ? s.name : e.source.id} ${e.type} ${t ? t.name : e.target.id}`];
  if (e.amount) parts.push(moneyText(e.amount));
  if (e.status) parts.push(e.status.toLowerCase());
  if (e.date) parts.push(e.date);
  return parts.join(' · ');
}

function verb(e) {
  return e.label || e.type.replaceAll('_', ' ').toLowerCase();
}

function moneyText(m) {
  if (!m) return '';
  const stated = `${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(m.value)} ${m.currency}`;
  if (m.usd != null && m.currency !== 'USD') return `${stated} (≈ ${formatUSD(m.usd)})`;
  return m.usd != null ? formatUSD(m.usd) : stated;
}

// showEntity lists the entity's relationships in the current view, largest
// amounts first; each counterpart is a link that recentres the view.
function showEntity(n) {
  const rels = current.edges
    .filter((e) => e.source.id === n.id || e.target.id === n.id)
    .sort((a, b) => ((b.amount && b.amount.usd) || 0) - ((a.amount && a.amount.usd) || 0) || a.type.localeCompare(b.type));
  const list = html('ul', { class: 'rels' });
  for (const e of rels) {
    const out = e.source.id === n.id;
    const other = current.byId.get(out ? e.target.id : e.source.id);
    const link = html('a', { href: `?id=${encodeURIComponent(other.id)}&depth=${current.depth}` }, other.name);
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      navigate(other.id, current.depth);
    });
    const v = verb(e);
    const item = html('li', {}, out || SYMMETRIC.has(e.type) ? `${v} ` : `← ${v} by `, link);
    if (e.amount) item.append(html('span', { class: 'amount' }, ` ${moneyText(e.amount)}`));
    if (e.status) item.append(html('span', { class: 'muted' }, ` · ${e.status.toLowerCase()}`));
    if (e.date) item.append(html('span', { class: 'muted' }, ` · ${e.date}`));
    list.append(item);
  }
  details.replaceChildren(
    html('h2', { dir: 'auto' }, n.name),
    html('p', { class: 'muted' }, `${(n.kind || '').toLowerCase()} · id ${n.id}`),
    rels.length ? list : html('p', {}, 'No relationships in this view.'),
  );
}

// showEdge shows a relationship's headline figures, then fetches and lists
// the sentences that assert it.
let evidenceSeq = 0;
async function showEdge(e) {
  const s = current.byId.get(e.source.id);
  const t = current.byId.get(e.target.id);
  const rows = [
    ['Type', e.type],
    ['Amount', e.amount ? moneyText(e.amount) : '—'],
    ['Status', e.status ? e.status.toLowerCase() : '—'],
    ['Date', e.date || '—'],
    ['Confidence', e.confidence != null ? e.confidence.toFixed(2) : '—'],
  ];
  const dl = html('dl');
  for (const [k, v] of rows) dl.append(html('dt', {}, k), html('dd', {}, v));
  const ev = html('div', { class: 'evidence' }, html('p', { class: 'muted' }, 'Loading evidence…'));
  details.replaceChildren(html('h2', {}, `${s.name} ${verb(e)} ${t.name}`), dl, html('h3', {}, 'Evidence'), ev);
  const seq = ++evidenceSeq;
  try {
    const data = await gql(EVIDENCE, { id: e.id });
    if (seq !== evidenceSeq) return;
    const r = data.relationship;
    if (!r) {
      ev.replaceChildren(html('p', { class: 'muted' }, 'This relationship is no longer stored.'));
      return;
    }
    const list = html('ol', { class: 'sentences' });
    for (const x of r.evidence) {
      const a = x.article || {};
      const where = [a.source, a.published, a.lang].filter(Boolean).join(' · ');
      const title = a.title || a.url || a.id;
      // Article URLs are shown as text, not links: the view never leads the
      // analyst off the server by accident.
      list.append(
        html('li', {},
          html('blockquote', { dir: 'auto' }, x.sentence),
          html('p', { class: 'muted', dir: 'auto' }, [title, where].filter(Boolean).join(' — ')),
        ),
      );
    }
    ev.replaceChildren(list);
  } catch (err) {
    if (seq === evidenceSeq) ev.replaceChildren(html('p', { class: 'error' }, err.message));
  }
}

// fit sets the viewBox to show the whole drawing, centred, never zoomed in
// beyond one unit per pixel so that a small graph keeps readable text.
function fit(world) {
  const b = world.getBBox();
  const r = svg.getBoundingClientRect();
  const pad = 40;
  const w = Math.max(b.width + 2 * pad, r.width || 800);
  const h = Math.max(b.height + 2 * pad, r.height || 600);
  view = { x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, w, h };
  applyView();
}

function applyView() {
  svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
}

// Pan by dragging the background, zoom with the wheel around the pointer.
function svgPoint(ev) {
  const r = svg.getBoundingClientRect();
  const s = Math.max(view.w / r.width, view.h / r.height);
  const ox = view.x + (view.w - r.width * s) / 2;
  const oy = view.y + (view.h - r.height * s) / 2;
  return { x: ox + (ev.clientX - r.left) * s, y: oy + (ev.clientY - r.top) * s, s };
}

svg.addEventListener('wheel', (ev) => {
  ev.preventDefault();
  const p = svgPoint(ev);
  const k = Math.exp(Math.sign(ev.deltaY) * 0.12);
  view = { x: p.x - (p.x - view.x) * k, y: p.y - (p.y - view.y) * k, w: view.w * k, h: view.h * k };
  applyView();
}, { passive: false });

// Panning starts only once the pointer has moved a few pixels, and only
// then captures it: capturing on pointerdown would retarget the click of an
// edge or label to the SVG.
let drag = null;
svg.addEventListener('pointerdown', (ev) => {
  if (ev.target.closest('.node') || ev.button !== 0) return;
  drag = { x: ev.clientX, y: ev.clientY, view: { ...view }, s: svgPoint(ev).s, active: false, id: ev.pointerId };
});
svg.addEventListener('pointermove', (ev) => {
  if (!drag || ev.pointerId !== drag.id) return;
  const mx = ev.clientX - drag.x;
  const my = ev.clientY - drag.y;
  if (!drag.active) {
    if (Math.abs(mx) + Math.abs(my) < 4) return;
    drag.active = true;
    svg.setPointerCapture(ev.pointerId);
    svg.classList.add('panning');
  }
  view = { ...drag.view, x: drag.view.x - mx * drag.s, y: drag.view.y - my * drag.s };
  applyView();
});
const endDrag = () => {
  drag = null;
  svg.classList.remove('panning');
};
svg.addEventListener('pointerup', endDrag);
svg.addEventListener('pointercancel', endDrag);

depthEl.addEventListener('change', () => {
  if (current) navigate(current.id, parseInt(depthEl.value, 10));
});

// Search-as-you-type over names and aliases in any language.
let searchSeq = 0;
let searchAbort = null;
searchInput.addEventListener('input', async () => {
  const q = searchInput.value.trim();
  const seq = ++searchSeq;
  if (searchAbort) searchAbort.abort();
  if (!q) {
    suggestions.hidden = true;
    return;
  }
  searchAbort = new AbortController();
  try {
    const data = await gql(SEARCH, { q }, searchAbort.signal);
    if (seq !== searchSeq) return;
    suggestions.replaceChildren(
      ...data.search.map((h) => {
        const li = html('li', { role: 'option', tabindex: '-1', 'data-id': h.entity.id, dir: 'auto' }, h.entity.name);
        li.append(html('span', { class: 'muted' }, ` ${(h.entity.kind || '').toLowerCase()}`));
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(h.entity.id);
        });
        return li;
      }),
    );
    suggestions.hidden = data.search.length === 0;
  } catch (err) {
    if (err.name !== 'AbortError') setStatus(err.message, true);
  }
});
searchInput.addEventListener('blur', () => {
  suggestions.hidden = true;
});
searchForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const first = suggestions.querySelector('li');
  if (first) pick(first.dataset.id);
});

function pick(id) {
  suggestions.hidden = true;
  searchInput.value = '';
  navigate(id, current ? current.depth : parseInt(depthEl.value, 10));
}

window.addEventListener('popstate', () => {
  const p = params();
  load(p.id, p.depth);
});

function legend() {
  const box = document.getElementById('legend');
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    const sw = html('span', { class: 'swatch' });
    sw.style.background = colour; // CSSOM, not a style attribute: allowed by the page's CSP
    box.append(html('span', { class: 'legend-item' }, sw, kind.toLowerCase()));
  }
  box.append(html('span', { class: 'legend-item muted' }, '→ direction · scroll to zoom · drag to pan · click a node to recentre'));
}

legend();
{
  const p = params();
  load(p.id, p.depth);
}
