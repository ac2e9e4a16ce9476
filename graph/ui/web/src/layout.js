// Layout and formatting helpers of the graph view, free of the DOM.

// layout places nodes with a force simulation: every pair repels, every edge
// is a spring, and the centre node is pinned at the origin. It starts from
// rings by hop distance from the centre and runs a fixed number of cooling
// steps, so the same graph always gets the same picture. It returns a Map
// from node id to {x, y}.
export function layout(nodes, edges, centreId, { iterations = 350, spring = 150 } = {}) {
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj = ids.map(() => []);
  const links = [];
  const linked = new Set();
  for (const e of edges) {
    const a = index.get(e.source.id);
    const b = index.get(e.target.id);
    if (a == null || b == null || a === b) continue;
    // One spring per pair, however many relationships join them.
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (linked.has(key)) continue;
    linked.add(key);
    adj[a].push(b);
    adj[b].push(a);
    links.push([a, b]);
  }

  // Hop distance from the centre, for the starting rings.
  const c = index.has(centreId) ? index.get(centreId) : 0;
  const hop = ids.map(() => Infinity);
  hop[c] = 0;
  const queue = [c];
  for (let q = 0; q < queue.length; q++) {
    for (const m of adj[queue[q]]) {
      if (hop[m] === Infinity) {
        hop[m] = hop[queue[q]] + 1;
        queue.push(m);
      }
    }
  }
  const maxHop = Math.max(0, ...hop.filter(Number.isFinite));
  const rings = new Map();
  ids.forEach((_, i) => {
    const h = Number.isFinite(hop[i]) ? hop[i] : maxHop + 1;
    if (!rings.has(h)) rings.set(h, []);
    rings.get(h).push(i);
  });
  const x = new Float64Array(ids.length);
  const y = new Float64Array(ids.length);
  for (const [h, members] of rings) {
    members.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / members.length + h * 0.7;
      x[i] = h * spring * Math.cos(angle);
      y[i] = h * spring * Math.sin(angle);
    });
  }

  // Fruchterman–Reingold forces: repulsion k²/d between every pair,
  // attraction d²/k along edges, so linked nodes settle about k apart.
  const n = ids.length;
  const k = spring;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = spring;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let vx = x[i] - x[j];
        let vy = y[i] - y[j];
        let d2 = vx * vx + vy * vy;
        if (d2 < 0.01) {
          // Coincident nodes: push apart along a fixed, index-derived direction.
          vx = Math.cos(i + j);
          vy = Math.sin(i + j);
          d2 = 1;
        }
        const f = (k * k) / d2; // (k²/d) along the unit vector v/d
        dx[i] += vx * f;
        dy[i] += vy * f;
        dx[j] -= vx * f;
        dy[j] -= vy * f;
      }
    }
    for (const [a, b] of links) {
      const vx = x[a] - x[b];
      const vy = y[a] - y[b];
      const d = Math.sqrt(vx * vx + vy * vy) || 0.01;
      const f = d / k; // (d²/k) along the unit vector v/d
      dx[a] -= vx * f;
      dy[a] -= vy * f;
      dx[b] += vx * f;
      dy[b] += vy * f;
    }
    for (let i = 0; i < n; i++) {
      // Weak gravity keeps disconnected parts from drifting away.
      dx[i] -= x[i] * 0.05;
      dy[i] -= y[i] * 0.05;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len > 0) {
        const step = Math.min(len, temperature);
        x[i] += (dx[i] / len) * step;
        y[i] += (dy[i] / len) * step;
      }
    }
    x[c] = 0;
    y[c] = 0;
    temperature = Math.max(1, temperature * 0.985);
  }
  return new Map(ids.map((id, i) => [id, { x: x[i], y: y[i] }]));
}

// curve is the SVG path of an edge from a to b bent sideways by bend (0:
// straight), trimmed by trimA and trimB at its ends so it stops at the node
// circles, and the point halfway along it for the label.
export function curve(a, b, bend, trimA, trimB) {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const len = Math.sqrt(vx * vx + vy * vy) || 1;
  // Control point: perpendicular to a→b, twice the bend so the curve's
  // middle sits bend away from the straight line.
  const cx = mx - (vy / len) * bend * 2;
  const cy = my + (vx / len) * bend * 2;
  const start = towards(a, { x: cx, y: cy }, trimA);
  const end = towards(b, { x: cx, y: cy }, trimB);
  const f = (v) => v.toFixed(1);
  return {
    d: `M${f(start.x)},${f(start.y)} Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`,
    mid: { x: 0.25 * a.x + 0.5 * cx + 0.25 * b.x, y: 0.25 * a.y + 0.5 * cy + 0.25 * b.y },
    // at(t) is the point at t in [0, 1] along the untrimmed curve.
    at: (t) => ({
      x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * cx + t * t * b.x,
      y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * cy + t * t * b.y,
    }),
  };
}

// LABEL_SPOTS are where along an edge its label may sit, best first.
export const LABEL_SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72];

// overlaps reports whether two boxes {x, y, width, height} intersect, with
// a margin of pad around each.
export function overlaps(a, b, pad = 2) {
  return a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;
}

function towards(p, q, dist) {
  const vx = q.x - p.x;
  const vy = q.y - p.y;
  const len = Math.sqrt(vx * vx + vy * vy) || 1;
  return { x: p.x + (vx / len) * dist, y: p.y + (vy / len) * dist };
}

const usdFormat = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

// formatUSD writes an amount of US dollars the way analysts say it: $13B,
// $500M, $6.6B.
export function formatUSD(usd) {
  return usdFormat.format(usd);
}
