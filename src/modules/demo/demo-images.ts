// Demo illustrations drawn locally: one flat, text-free SVG scene per key (rice terraces, tea
// hills, a greenhouse, a fair, a meeting hall…), colours and layout seeded by the key, rendered
// to JPEG with sharp. Nothing is downloaded; the same key always gives the same picture.
import sharp from 'sharp';
import { DEMO_IMAGE_KEYS, type DemoImageKey } from './demo-images.data.ts';

export { DEMO_IMAGE_KEYS, type DemoImageKey, demoImageInfo } from './demo-images.data.ts';

/** Every scene is drawn on this canvas, then scaled to cover the requested size. */
const W = 1200;
const H = 675;

// ---------------------------------------------------------------------------------------------
// Seeded randomness and colour

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** HSL (degrees, percent, percent) to #rrggbb. */
function hsl(h: number, s: number, l: number): string {
  const hh = (((h % 360) + 360) % 360) / 360;
  const ss = Math.min(100, Math.max(0, s)) / 100;
  const ll = Math.min(100, Math.max(0, l)) / 100;
  const q = ll < 0.5 ? ll * (1 + ss) : ll + ss - ll * ss;
  const p = 2 * ll - q;
  const channel = (t0: number) => {
    let t = t0;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  const hex = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(channel(hh + 1 / 3))}${hex(channel(hh))}${hex(channel(hh - 1 / 3))}`;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

interface Mood {
  skyTop: [number, number, number];
  skyBottom: [number, number, number];
  sun: string;
  sunGlow: string;
  /** Lightness shift applied to landscape colours (misty scenes are paler). */
  lift: number;
  /** Saturation scale for landscape colours. */
  sat: number;
}

const MOODS: Mood[] = [
  // Morning
  { skyTop: [205, 62, 66], skyBottom: [42, 85, 88], sun: '#fff4d6', sunGlow: '#ffe9b0', lift: 4, sat: 1 },
  // Clear noon
  { skyTop: [208, 70, 58], skyBottom: [195, 65, 86], sun: '#ffffff', sunGlow: '#fff6cc', lift: 0, sat: 1.05 },
  // Golden hour
  { skyTop: [225, 42, 62], skyBottom: [28, 88, 78], sun: '#ffd27a', sunGlow: '#ffb15c', lift: -2, sat: 1.1 },
  // Mist
  { skyTop: [200, 25, 74], skyBottom: [170, 20, 90], sun: '#fbfbf2', sunGlow: '#eef2e4', lift: 8, sat: 0.7 },
];

/** Drawing context: seeded random numbers, the mood, and the <defs> collected along the way. */
class Pen {
  readonly r: () => number;
  readonly mood: Mood;
  /** A key-specific shift of the greens and accents, so two scenes of a kind differ. */
  readonly hueShift: number;
  private readonly defs: string[] = [];
  private n = 0;

  constructor(key: string) {
    const h = hash(key);
    this.r = mulberry32(h);
    this.mood = MOODS[h % MOODS.length] as Mood;
    this.hueShift = ((h >>> 8) % 24) - 12;
  }

  between(a: number, b: number): number {
    return a + (b - a) * this.r();
  }

  int(a: number, b: number): number {
    return Math.floor(this.between(a, b + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)] as T;
  }

  /** A landscape colour adjusted to the mood. */
  c(h: number, s: number, l: number): string {
    return hsl(h + this.hueShift * 0.5, s * this.mood.sat, l + this.mood.lift);
  }

  /** An object colour (less affected by the mood). */
  o(h: number, s: number, l: number): string {
    return hsl(h, s, l + this.mood.lift * 0.3);
  }

  id(prefix: string): string {
    this.n += 1;
    return `${prefix}${this.n}`;
  }

  linear(stops: [number, string, number?][], x2 = 0, y2 = 1): string {
    const id = this.id('g');
    const s = stops
      .map(
        ([o, c, a]) =>
          `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
      )
      .join('');
    this.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
    return `url(#${id})`;
  }

  radial(stops: [number, string, number?][]): string {
    const id = this.id('r');
    const s = stops
      .map(
        ([o, c, a]) =>
          `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
      )
      .join('');
    this.defs.push(`<radialGradient id="${id}">${s}</radialGradient>`);
    return `url(#${id})`;
  }

  clip(shape: string): string {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}">${shape}</clipPath>`);
    return `url(#${id})`;
  }

  pattern(w: number, h: number, body: string): string {
    const id = this.id('p');
    this.defs.push(
      `<pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse">${body}</pattern>`,
    );
    return `url(#${id})`;
  }

  svg(body: string, width: number, height: number): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
      `<defs>${this.defs.join('')}</defs>${body}</svg>`
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

type Pt = [number, number];

/** A smooth open curve through the points (quadratic segments through the midpoints). */
function smooth(points: Pt[]): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${f(first[0])} ${f(first[1])}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i] as Pt;
    const q = points[i + 1] as Pt;
    d += ` Q${f(p[0])} ${f(p[1])} ${f((p[0] + q[0]) / 2)} ${f((p[1] + q[1]) / 2)}`;
  }
  const last = points[points.length - 1] as Pt;
  return `${d} L${f(last[0])} ${f(last[1])}`;
}

/** A ridge from the left edge to the right edge, closed down to the bottom. */
function ridge(p: Pen, baseY: number, amp: number, step: number, fill: string, extra = ''): string {
  const pts: Pt[] = [];
  for (let x = -60; x <= W + 60; x += step) pts.push([x, baseY - p.between(0, amp)]);
  return `<path d="${smooth(pts)} L${W + 60} ${H} L-60 ${H} Z" fill="${fill}"${extra}/>`;
}

/** A hill shaped as a bell curve: y(x) = base - height * exp(-((x - cx) / width)^2). */
function bell(cx: number, base: number, height: number, width: number): (x: number) => number {
  return (x) => base - height * Math.exp(-(((x - cx) / width) ** 2));
}

function sampled(fn: (x: number) => number, x0 = -40, x1 = W + 40, step = 20): Pt[] {
  const pts: Pt[] = [];
  for (let x = x0; x <= x1; x += step) pts.push([x, fn(x)]);
  return pts;
}

function polyline(pts: Pt[]): string {
  return pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`).join(' ');
}

function closedDown(pts: Pt[]): string {
  const first = pts[0] as Pt;
  const last = pts[pts.length - 1] as Pt;
  return `${polyline(pts)} L${f(last[0])} ${H + 10} L${f(first[0])} ${H + 10} Z`;
}

function sky(p: Pen, horizon = H * 0.62, sun = true): string {
  const [t, b] = [p.mood.skyTop, p.mood.skyBottom];
  const grad = p.linear([
    [0, hsl(t[0], t[1], t[2])],
    [1, hsl(b[0], b[1], b[2])],
  ]);
  let out = `<rect x="0" y="0" width="${W}" height="${f(horizon + 40)}" fill="${grad}"/>`;
  if (sun) {
    const sx = p.between(180, W - 180);
    const sy = p.between(90, horizon * 0.45);
    const glow = p.radial([
      [0, p.mood.sunGlow, 0.9],
      [1, p.mood.sunGlow, 0],
    ]);
    out += `<circle cx="${f(sx)}" cy="${f(sy)}" r="170" fill="${glow}"/>`;
    out += `<circle cx="${f(sx)}" cy="${f(sy)}" r="${f(p.between(34, 50))}" fill="${p.mood.sun}"/>`;
  }
  out += clouds(p, horizon * 0.5);
  return out;
}

function clouds(p: Pen, maxY: number): string {
  let out = '';
  const n = p.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cx = p.between(60, W - 60);
    const cy = p.between(50, Math.max(70, maxY));
    const s = p.between(0.7, 1.4);
    out += `<g opacity="${f(p.between(0.55, 0.85))}" fill="#ffffff">`;
    out += `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(70 * s)}" ry="${f(22 * s)}"/>`;
    out += `<ellipse cx="${f(cx - 35 * s)}" cy="${f(cy - 10 * s)}" rx="${f(38 * s)}" ry="${f(24 * s)}"/>`;
    out += `<ellipse cx="${f(cx + 25 * s)}" cy="${f(cy - 16 * s)}" rx="${f(44 * s)}" ry="${f(30 * s)}"/>`;
    out += '</g>';
  }
  return out;
}

function mountains(p: Pen, baseY: number, layers = 2): string {
  let out = '';
  for (let i = 0; i < layers; i++) {
    const l = 72 - i * 9;
    out += ridge(p, baseY + i * 38, 150 - i * 30, p.between(90, 140), p.c(200 - i * 25, 22 + i * 8, l));
  }
  return out;
}

function tree(p: Pen, x: number, y: number, s: number, hue = 110): string {
  const trunk = `<rect x="${f(x - 5 * s)}" y="${f(y - 40 * s)}" width="${f(10 * s)}" height="${f(40 * s)}" rx="${f(3 * s)}" fill="${p.o(25, 35, 32)}"/>`;
  let crown = '';
  for (let i = 0; i < 5; i++) {
    const cx = x + p.between(-26, 26) * s;
    const cy = y - 62 * s + p.between(-22, 14) * s;
    crown += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(p.between(20, 30) * s)}" fill="${p.c(hue + p.between(-8, 8), 45, p.between(30, 42))}"/>`;
  }
  return trunk + crown;
}

function person(p: Pen, x: number, y: number, s: number, shirt?: string): string {
  const body = shirt ?? p.o(p.pick([210, 0, 140, 30, 260]), 45, 45);
  return (
    `<path d="M${f(x - 22 * s)} ${f(y)} Q${f(x - 22 * s)} ${f(y - 38 * s)} ${f(x)} ${f(y - 40 * s)} Q${f(x + 22 * s)} ${f(y - 38 * s)} ${f(x + 22 * s)} ${f(y)} Z" fill="${body}"/>` +
    `<circle cx="${f(x)}" cy="${f(y - 52 * s)}" r="${f(13 * s)}" fill="${p.o(25, 30, 22)}"/>`
  );
}

function star(cx: number, cy: number, r: number, fill: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.42;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${f(cx + rr * Math.cos(a))},${f(cy + rr * Math.sin(a))}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

function flowers(p: Pen, cx: number, cy: number, r: number): string {
  let out = '';
  for (let i = 0; i < 14; i++) {
    const a = p.between(0, Math.PI * 2);
    const d = p.between(0, r);
    out += `<circle cx="${f(cx + Math.cos(a) * d)}" cy="${f(cy + Math.sin(a) * d * 0.7)}" r="${f(p.between(r * 0.22, r * 0.36))}" fill="${p.o(p.pick([350, 0, 45, 320, 15]), 75, p.between(55, 70))}"/>`;
  }
  for (let i = 0; i < 5; i++) {
    const a = p.between(0, Math.PI * 2);
    out += `<ellipse cx="${f(cx + Math.cos(a) * r)}" cy="${f(cy + Math.sin(a) * r * 0.6)}" rx="${f(r * 0.3)}" ry="${f(r * 0.14)}" fill="${p.o(120, 45, 35)}"/>`;
  }
  return out;
}

function fruit(p: Pen, cx: number, cy: number, r: number, kind: number): string {
  const hues = [30, 45, 0, 85, 330];
  const hue = hues[kind % hues.length] as number;
  return (
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${p.o(hue, 80, 50)}"/>` +
    `<circle cx="${f(cx - r * 0.35)}" cy="${f(cy - r * 0.35)}" r="${f(r * 0.28)}" fill="#ffffff" opacity="0.35"/>`
  );
}

function basket(p: Pen, cx: number, baseY: number, w: number, h: number): string {
  const tone = p.o(32, 45, 48);
  const dark = p.o(28, 45, 34);
  const top = baseY - h;
  let out = `<path d="M${f(cx - w / 2)} ${f(top)} L${f(cx + w / 2)} ${f(top)} L${f(cx + w * 0.38)} ${f(baseY)} L${f(cx - w * 0.38)} ${f(baseY)} Z" fill="${tone}"/>`;
  for (let y = top + 12; y < baseY; y += 14) {
    const k = (y - top) / h;
    const half = w / 2 - (w / 2 - w * 0.38) * k;
    out += `<line x1="${f(cx - half)}" y1="${f(y)}" x2="${f(cx + half)}" y2="${f(y)}" stroke="${dark}" stroke-width="3"/>`;
  }
  for (let i = -3; i <= 3; i++) {
    out += `<line x1="${f(cx + (i * w) / 7)}" y1="${f(top)}" x2="${f(cx + (i * w * 0.76) / 7)}" y2="${f(baseY)}" stroke="${dark}" stroke-width="2" opacity="0.6"/>`;
  }
  out += `<rect x="${f(cx - w / 2 - 6)}" y="${f(top - 6)}" width="${f(w + 12)}" height="12" rx="6" fill="${dark}"/>`;
  return out;
}

function coin(cx: number, cy: number, rx: number, fill: string, edge: string): string {
  return (
    `<rect x="${f(cx - rx)}" y="${f(cy)}" width="${f(rx * 2)}" height="10" fill="${edge}"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy + 10)}" rx="${f(rx)}" ry="${f(rx * 0.32)}" fill="${edge}"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(rx * 0.32)}" fill="${fill}"/>`
  );
}

function truck(p: Pen, x: number, y: number, s: number, body: string): string {
  const wheel = (wx: number) =>
    `<circle cx="${f(wx)}" cy="${f(y)}" r="${f(28 * s)}" fill="#2b2b2b"/><circle cx="${f(wx)}" cy="${f(y)}" r="${f(11 * s)}" fill="#c9c9c9"/>`;
  let out = `<rect x="${f(x)}" y="${f(y - 150 * s)}" width="${f(300 * s)}" height="${f(122 * s)}" rx="${f(6 * s)}" fill="${body}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - 150 * s)}" width="${f(300 * s)}" height="${f(20 * s)}" fill="#ffffff" opacity="0.25"/>`;
  out += `<path d="M${f(x + 305 * s)} ${f(y - 28 * s)} L${f(x + 305 * s)} ${f(y - 118 * s)} L${f(x + 380 * s)} ${f(y - 118 * s)} L${f(x + 420 * s)} ${f(y - 70 * s)} L${f(x + 420 * s)} ${f(y - 28 * s)} Z" fill="${p.o(210, 15, 92)}"/>`;
  out += `<path d="M${f(x + 318 * s)} ${f(y - 74 * s)} L${f(x + 318 * s)} ${f(y - 108 * s)} L${f(x + 374 * s)} ${f(y - 108 * s)} L${f(x + 402 * s)} ${f(y - 74 * s)} Z" fill="${p.o(200, 45, 70)}"/>`;
  out += `<rect x="${f(x - 6 * s)}" y="${f(y - 34 * s)}" width="${f(432 * s)}" height="${f(12 * s)}" fill="#444"/>`;
  out += wheel(x + 70 * s) + wheel(x + 160 * s) + wheel(x + 360 * s);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scenes

type Scene = (p: Pen) => string;

const terraces: Scene = (p) => {
  let out = sky(p, 300) + mountains(p, 250, 2);
  const hills: [number, number, number, number][] = [
    [p.between(200, 420), 700, p.between(420, 480), p.between(380, 520)],
    [p.between(800, 1000), 720, p.between(380, 450), p.between(380, 520)],
  ];
  for (const [cx, base, height, width] of hills) {
    const top = bell(cx, base, height, width);
    const outline = sampled(top);
    const clip = p.clip(`<path d="${closedDown(outline)}"/>`);
    out += `<g clip-path="${clip}"><path d="${closedDown(outline)}" fill="${p.c(95, 45, 38)}"/>`;
    const bands = p.int(11, 15);
    const phase = p.between(0, 6);
    for (let i = 0; i < bands; i++) {
      const offset = 14 + i * ((height + 40) / bands);
      const pts = sampled((x) => top(x) + offset + 10 * Math.sin(x / p.between(70, 90) + phase + i * 0.35));
      const ripe = p.r() < 0.7;
      const fill = ripe
        ? p.c(p.between(40, 52), 75, p.between(52, 62))
        : p.c(p.between(78, 100), 55, p.between(42, 52));
      out += `<path d="${closedDown(pts)}" fill="${fill}"/>`;
      out += `<path d="${polyline(pts)}" fill="none" stroke="${p.c(60, 40, 78)}" stroke-width="4" opacity="0.7"/>`;
    }
    out += '</g>';
  }
  out += tree(p, p.between(560, 660), 420, 1.1, 105) + tree(p, p.between(40, 120), 330, 0.9, 115);
  return out;
};

const riceField: Scene = (p) => {
  const horizon = 360;
  let out = sky(p, horizon);
  out += ridge(p, horizon - 10, 40, 60, p.c(130, 35, 30));
  for (let x = 20; x < W; x += p.between(70, 150)) out += tree(p, x, horizon + 2, p.between(0.5, 0.8), 120);
  out += `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="${p.linear([
    [0, p.c(95, 55, 48)],
    [1, p.c(90, 60, 32)],
  ])}"/>`;
  const vx = p.between(450, 750);
  for (let i = -24; i <= 24; i++) {
    const bx = vx + i * 90;
    out += `<line x1="${f(vx + i * 3)}" y1="${horizon}" x2="${f(bx)}" y2="${H}" stroke="${p.c(80, 55, i % 2 === 0 ? 58 : 30)}" stroke-width="${f(i % 2 === 0 ? 3 : 5)}" opacity="0.55"/>`;
  }
  for (let i = 0; i < 3; i++) {
    const x = p.between(150, 1050);
    const y = p.between(470, 600);
    const s = (y - horizon) / 200;
    out += person(p, x, y, s * 0.9, p.o(p.pick([200, 15, 280]), 35, 55));
    out += `<polygon points="${f(x - 26 * s)},${f(y - 50 * s)} ${f(x)},${f(y - 80 * s)} ${f(x + 26 * s)},${f(y - 50 * s)}" fill="${p.o(45, 55, 80)}"/>`;
  }
  return out;
};

const teaHills: Scene = (p) => {
  let out = sky(p, 300) + mountains(p, 260, 2);
  const hills: [number, number, number, number][] = [
    [p.between(150, 350), 560, 260, 360],
    [p.between(750, 1050), 600, 300, 420],
    [p.between(400, 700), 760, 330, 380],
  ];
  hills.forEach(([cx, base, height, width], k) => {
    const top = bell(cx, base, height, width);
    const outline = sampled(top);
    const clip = p.clip(`<path d="${closedDown(outline)}"/>`);
    out += `<g clip-path="${clip}"><path d="${closedDown(outline)}" fill="${p.c(100 + k * 6, 45, 44 - k * 3)}"/>`;
    for (let row = 16; row < 460; row += 26) {
      const pts = sampled((x) => top(x) + row);
      out += `<path d="${polyline(pts)}" fill="none" stroke="${p.c(115 + k * 5, 55, 28 + k * 2)}" stroke-width="15" stroke-linecap="round"/>`;
      out += `<path d="${polyline(pts.map(([x, y]) => [x, y - 5]))}" fill="none" stroke="${p.c(100, 50, 52)}" stroke-width="4" opacity="0.6"/>`;
    }
    out += '</g>';
  });
  out += tree(p, p.between(900, 1150), 380, 1.2, 110);
  return out;
};

const greenhouse: Scene = (p) => {
  let out = sky(p, 330) + mountains(p, 300, 1);
  out += `<rect x="0" y="360" width="${W}" height="${H - 360}" fill="${p.c(95, 40, 45)}"/>`;
  const spans = p.int(3, 4);
  const left = 120;
  const right = 1080;
  const top = 220;
  const eave = 330;
  const floor = 520;
  const sw = (right - left) / spans;
  // Plants seen through the film.
  for (let row = 0; row < 4; row++) {
    const y = eave + 40 + row * 40;
    for (let x = left + 20; x < right - 10; x += 26) {
      out += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="14" ry="10" fill="${p.c(105 + row * 4, 55, 34 + row * 3)}"/>`;
    }
  }
  let d = `M${left} ${floor} L${left} ${eave}`;
  for (let i = 0; i < spans; i++) {
    const x0 = left + i * sw;
    d += ` Q${f(x0 + sw / 2)} ${f(top - 60)} ${f(x0 + sw)} ${eave}`;
  }
  d += ` L${right} ${floor} Z`;
  out += `<path d="${d}" fill="#f4fbff" opacity="0.45" stroke="#ffffff" stroke-width="4"/>`;
  for (let x = left; x <= right; x += 48) {
    out += `<line x1="${f(x)}" y1="${eave}" x2="${f(x)}" y2="${floor}" stroke="#ffffff" stroke-width="3" opacity="0.8"/>`;
  }
  out += `<line x1="${left}" y1="${eave}" x2="${right}" y2="${eave}" stroke="#ffffff" stroke-width="5"/>`;
  out += `<rect x="${f(W / 2 - 50)}" y="${floor - 130}" width="100" height="130" fill="${p.c(120, 20, 85)}" opacity="0.7"/>`;
  // Rows of vegetables outside, in perspective.
  for (let row = 0; row < 5; row++) {
    const y = floor + 24 + row * 30;
    const r = 9 + row * 3;
    out += `<rect x="0" y="${f(y - r * 0.4)}" width="${W}" height="${f(r * 1.4)}" fill="${p.c(30, 40, 32)}" opacity="0.5"/>`;
    for (let x = -10 + (row % 2) * r; x < W + 20; x += r * 2.2) {
      out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${p.c(100 + p.between(-10, 10), 60, p.between(38, 50))}"/>`;
    }
  }
  return out;
};

const orangeOrchard: Scene = (p) => {
  let out = sky(p, 330) + mountains(p, 300, 2);
  out += `<rect x="0" y="380" width="${W}" height="${H - 380}" fill="${p.linear([
    [0, p.c(90, 45, 52)],
    [1, p.c(95, 50, 36)],
  ])}"/>`;
  const rows: [number, number][] = [
    [430, 0.9],
    [560, 1.5],
    [700, 2.1],
  ];
  for (const [y, s] of rows) {
    for (let x = p.between(-40, 60); x < W + 80; x += 200 * s * p.between(0.75, 0.95)) {
      out += tree(p, x, y, s, 105);
      for (let i = 0; i < 9; i++) {
        out += fruit(p, x + p.between(-40, 40) * s, y - 62 * s + p.between(-36, 24) * s, 6 * s, 0);
      }
    }
  }
  return out;
};

const fruitBaskets: Scene = (p) => {
  const wall = p.linear([
    [0, p.o(40, 55, 88)],
    [1, p.o(30, 45, 74)],
  ]);
  let out = `<rect width="${W}" height="${H}" fill="${wall}"/>`;
  for (let i = 0; i < 6; i++) {
    out += `<circle cx="${f(p.between(0, W))}" cy="${f(p.between(0, 300))}" r="${f(p.between(60, 140))}" fill="#ffffff" opacity="0.12"/>`;
  }
  out += `<rect x="0" y="440" width="${W}" height="${H - 440}" fill="${p.o(28, 45, 42)}"/>`;
  for (let y = 470; y < H; y += 44) {
    out += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${p.o(25, 45, 32)}" stroke-width="3"/>`;
  }
  const xs = [260, 600, 940];
  xs.forEach((cx0, k) => {
    const cx = cx0 + p.between(-30, 30);
    const w = p.between(240, 290);
    const baseY = 600;
    const h = p.between(130, 160);
    const top = baseY - h;
    const kind = (k + p.int(0, 4)) % 5;
    for (let layer = 0; layer < 3; layer++) {
      const n = 6 - layer;
      for (let i = 0; i < n; i++) {
        const x = cx - ((n - 1) * 38) / 2 + i * 38 + p.between(-4, 4);
        out += fruit(p, x, top - 6 - layer * 30, 26, kind + (p.r() < 0.2 ? 1 : 0));
      }
    }
    out += basket(p, cx, baseY, w, h);
  });
  for (let i = 0; i < 6; i++) {
    out += `<ellipse cx="${f(p.between(60, 1140))}" cy="${f(p.between(620, 660))}" rx="26" ry="9" fill="${p.o(120, 45, 35)}" transform="rotate(${f(p.between(-30, 30))} 0 0)"/>`;
  }
  return out;
};

const honeyJars: Scene = (p) => {
  const s = 34;
  const hx = s * Math.sqrt(3);
  const hex = (cx: number, cy: number) => {
    const pts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = Math.PI / 6 + (i * Math.PI) / 3;
      pts.push(`${f(cx + (s - 3) * Math.cos(a))},${f(cy + (s - 3) * Math.sin(a))}`);
    }
    return `<polygon points="${pts.join(' ')}"/>`;
  };
  const comb = p.pattern(
    hx,
    s * 3,
    `<rect width="${f(hx)}" height="${s * 3}" fill="${p.o(36, 70, 40)}"/><g fill="${p.o(42, 85, 55)}">${hex(0, 0)}${hex(hx, 0)}${hex(hx / 2, s * 1.5)}${hex(0, s * 3)}${hex(hx, s * 3)}</g>`,
  );
  let out = `<rect width="${W}" height="${H}" fill="${comb}"/>`;
  out += `<rect width="${W}" height="${H}" fill="${p.linear(
    [
      [0, '#fff7e0', 0.15],
      [1, '#3a2200', 0.55],
    ],
    1,
    1,
  )}"/>`;
  out += `<rect x="0" y="500" width="${W}" height="${H - 500}" fill="${p.o(28, 40, 30)}"/>`;
  const jars: [number, number, number][] = [
    [330, 170, 230],
    [600, 210, 290],
    [870, 150, 200],
  ];
  for (const [cx, w, h] of jars) {
    const x = cx - w / 2 + p.between(-20, 20);
    const y = 560 - h;
    const honey = p.linear([
      [0, p.o(40, 95, 58)],
      [1, p.o(28, 95, 40)],
    ]);
    out += `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.18)}" fill="${honey}"/>`;
    out += `<rect x="${f(x + 4)}" y="${f(y)}" width="${f(w - 8)}" height="${f(h * 0.18)}" fill="#fff3d6" opacity="0.3"/>`;
    out += `<rect x="${f(x + w * 0.12)}" y="${f(y + h * 0.25)}" width="${f(w * 0.08)}" height="${f(h * 0.6)}" rx="6" fill="#ffffff" opacity="0.35"/>`;
    out += `<rect x="${f(x - 8)}" y="${f(y - 34)}" width="${f(w + 16)}" height="40" rx="8" fill="${p.o(p.pick([0, 120, 210]), 45, 40)}"/>`;
    out += `<rect x="${f(x - 8)}" y="${f(y - 16)}" width="${f(w + 16)}" height="6" fill="#ffffff" opacity="0.3"/>`;
    out += `<rect x="${f(x + w * 0.22)}" y="${f(y + h * 0.42)}" width="${f(w * 0.56)}" height="${f(h * 0.3)}" rx="8" fill="#fff8e8" opacity="0.85"/>`;
    out += star(x + w / 2, y + h * 0.57, Math.min(w, h) * 0.09, p.o(40, 90, 50));
  }
  // A bee.
  const bx = p.between(960, 1100);
  const by = p.between(120, 220);
  out += `<ellipse cx="${f(bx - 6)}" cy="${f(by - 22)}" rx="22" ry="14" fill="#ffffff" opacity="0.75"/><ellipse cx="${f(bx + 14)}" cy="${f(by - 22)}" rx="20" ry="12" fill="#ffffff" opacity="0.75"/>`;
  out += `<ellipse cx="${f(bx)}" cy="${f(by)}" rx="34" ry="22" fill="#f2b600"/>`;
  out += `<rect x="${f(bx - 10)}" y="${f(by - 21)}" width="9" height="42" fill="#2a1c00"/><rect x="${f(bx + 8)}" y="${f(by - 19)}" width="9" height="38" fill="#2a1c00"/>`;
  return out;
};

const fairStalls: Scene = (p) => {
  let out = sky(p, 260, false);
  out += ridge(p, 270, 40, 70, p.c(125, 35, 35));
  out += `<rect x="0" y="300" width="${W}" height="${H - 300}" fill="${p.o(30, 15, 78)}"/>`;
  for (let y = 330; y < H; y += 36) {
    out += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${p.o(30, 10, 70)}" stroke-width="2"/>`;
  }
  const stalls = 4;
  const sw = W / stalls;
  for (let i = 0; i < stalls; i++) {
    const x = i * sw + 14;
    const w = sw - 28;
    const hue = p.pick([0, 210, 140, 25, 280]);
    const a = p.o(hue, 70, 50);
    out += `<rect x="${f(x + 6)}" y="230" width="10" height="330" fill="#6b5a4a"/><rect x="${f(x + w - 16)}" y="230" width="10" height="330" fill="#6b5a4a"/>`;
    out += `<rect x="${f(x + 16)}" y="300" width="${f(w - 32)}" height="180" fill="${p.o(hue, 20, 90)}"/>`;
    const stripes = 8;
    for (let k = 0; k < stripes; k++) {
      out += `<rect x="${f(x + (k * w) / stripes)}" y="200" width="${f(w / stripes + 0.5)}" height="70" fill="${k % 2 === 0 ? a : '#ffffff'}"/>`;
    }
    for (let k = 0; k < stripes; k++) {
      out += `<circle cx="${f(x + (k + 0.5) * (w / stripes))}" cy="270" r="${f(w / stripes / 2)}" fill="${k % 2 === 0 ? a : '#ffffff'}"/>`;
    }
    out += `<rect x="${f(x)}" y="470" width="${f(w)}" height="100" fill="${p.o(hue, 45, 38)}"/>`;
    out += `<rect x="${f(x)}" y="470" width="${f(w)}" height="14" fill="#ffffff" opacity="0.3"/>`;
    for (let k = 0; k < 3; k++) {
      const cx = x + w * (0.2 + k * 0.3);
      const kind = p.int(0, 4);
      for (let j = 0; j < 6; j++) {
        out += fruit(p, cx + (j % 3) * 18 - 18, 462 - Math.floor(j / 3) * 16, 11, kind);
      }
    }
  }
  // Bunting across the top.
  const flags = 16;
  for (let k = 0; k < flags; k++) {
    const x = (k * W) / flags;
    const y = 70 + 30 * Math.sin((k / flags) * Math.PI);
    out += `<polygon points="${f(x)},${f(y)} ${f(x + W / flags)},${f(y + 4)} ${f(x + W / flags / 2)},${f(y + 48)}" fill="${p.o(p.pick([0, 45, 210, 140]), 75, 55)}"/>`;
  }
  out += `<path d="M0 70 Q600 130 1200 70" fill="none" stroke="#555" stroke-width="2"/>`;
  for (let i = 0; i < 5; i++) out += person(p, p.between(60, 1140), p.between(620, 680), p.between(1.4, 1.8));
  return out;
};

const ocopShelves: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.linear([
    [0, p.o(38, 35, 90)],
    [1, p.o(30, 30, 80)],
  ])}"/>`;
  out += `<rect x="0" y="590" width="${W}" height="${H - 590}" fill="${p.o(25, 35, 40)}"/>`;
  out += `<rect x="300" y="40" width="600" height="70" rx="6" fill="${p.o(355, 70, 42)}"/>`;
  for (let i = 0; i < 5; i++) out += star(460 + i * 70, 75, 20, p.o(48, 95, 58));
  for (const x of [60, 640]) {
    out += `<rect x="${x}" y="140" width="500" height="450" fill="${p.o(28, 40, 50)}"/>`;
    out += `<rect x="${x + 14}" y="150" width="472" height="430" fill="${p.o(35, 30, 86)}"/>`;
    for (let shelf = 0; shelf < 3; shelf++) {
      const sy = 290 + shelf * 140;
      out += `<rect x="${x + 10}" y="${sy}" width="480" height="14" fill="${p.o(28, 45, 42)}"/>`;
      let cx = x + 30;
      while (cx < x + 450) {
        const kind = p.int(0, 2);
        const hue = p.pick([0, 28, 45, 120, 200, 330]);
        const col = p.o(hue, 60, p.between(35, 55));
        if (kind === 0) {
          const h = p.between(80, 110);
          out += `<rect x="${f(cx)}" y="${f(sy - h)}" width="34" height="${f(h)}" rx="8" fill="${col}"/>`;
          out += `<rect x="${f(cx + 10)}" y="${f(sy - h - 22)}" width="14" height="26" fill="${col}"/><rect x="${f(cx + 8)}" y="${f(sy - h - 30)}" width="18" height="10" fill="#333"/>`;
          out += `<rect x="${f(cx + 4)}" y="${f(sy - h * 0.6)}" width="26" height="${f(h * 0.3)}" fill="#fffbe8" opacity="0.85"/>`;
          cx += 50;
        } else if (kind === 1) {
          const h = p.between(70, 100);
          const w = p.between(60, 80);
          out += `<rect x="${f(cx)}" y="${f(sy - h)}" width="${f(w)}" height="${f(h)}" fill="${col}"/>`;
          out += `<rect x="${f(cx)}" y="${f(sy - h * 0.55)}" width="${f(w)}" height="14" fill="${p.o(45, 80, 60)}"/>`;
          out += star(cx + w / 2, sy - h * 0.78, 9, p.o(48, 95, 60));
          cx += w + 14;
        } else {
          out += `<rect x="${f(cx)}" y="${f(sy - 64)}" width="56" height="64" rx="12" fill="${col}"/><rect x="${f(cx - 3)}" y="${f(sy - 76)}" width="62" height="16" rx="5" fill="${p.o(hue, 40, 28)}"/>`;
          cx += 72;
        }
      }
    }
  }
  for (const x of [300, 900]) {
    out += `<polygon points="${x - 20},0 ${x + 20},0 ${x + 160},600 ${x - 160},600" fill="#fffbea" opacity="0.12"/>`;
  }
  return out;
};

const meetingHall: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.o(40, 30, 84)}"/>`;
  for (let x = 80; x < W; x += 160) {
    out += `<circle cx="${x}" cy="24" r="14" fill="#fffbe0"/><circle cx="${x}" cy="24" r="40" fill="#fffbe0" opacity="0.25"/>`;
  }
  const backdrop = p.linear(
    [
      [0, p.o(p.pick([355, 215]), 70, 40)],
      [1, p.o(p.pick([5, 225]), 75, 30)],
    ],
    1,
    0,
  );
  out += `<rect x="120" y="60" width="960" height="250" fill="${backdrop}"/>`;
  out += `<rect x="330" y="120" width="700" height="34" rx="4" fill="#ffffff" opacity="0.22"/><rect x="400" y="180" width="560" height="26" rx="4" fill="#ffffff" opacity="0.15"/>`;
  out += `<circle cx="220" cy="170" r="62" fill="${p.o(48, 90, 55)}"/>${star(220, 172, 46, p.o(0, 75, 45))}`;
  out += `<rect x="60" y="310" width="1080" height="60" fill="${p.o(25, 40, 35)}"/>`;
  out += `<rect x="300" y="262" width="540" height="60" fill="${p.o(210, 55, 45)}"/>`;
  for (let i = 0; i < 6; i++) out += person(p, 340 + i * 92, 264, 0.8, p.o(220, 30, 25));
  out += `<path d="M930 330 L1010 330 L995 250 L945 250 Z" fill="${p.o(28, 45, 38)}"/>${flowers(p, 970, 240, 26)}`;
  out += flowers(p, 130, 300, 34) + flowers(p, 1070, 300, 34);
  // Rows of chairs, some with people, in perspective.
  for (let row = 0; row < 6; row++) {
    const y = 420 + row * row * 7 + row * 30;
    const s = 0.6 + row * 0.22;
    const step = 70 * s;
    for (let x = 100 - (row % 2) * step * 0.5; x < 1100; x += step) {
      if (x > 560 && x < 640) continue;
      const occupied = p.r() < 0.65;
      out += `<rect x="${f(x - 26 * s)}" y="${f(y - 40 * s)}" width="${f(52 * s)}" height="${f(56 * s)}" rx="${f(8 * s)}" fill="${p.o(355, 55, 34)}"/>`;
      if (occupied)
        out += person(p, x, y - 30 * s, s * 0.8, p.o(p.pick([210, 0, 30, 160]), 30, p.between(35, 70)));
    }
  }
  return out;
};

const classroom: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.o(200, 20, 88)}"/>`;
  out += `<rect x="0" y="430" width="${W}" height="${H - 430}" fill="${p.o(30, 25, 70)}"/>`;
  out += `<rect x="980" y="70" width="170" height="260" fill="${p.o(200, 60, 80)}"/><line x1="1065" y1="70" x2="1065" y2="330" stroke="#fff" stroke-width="6"/><line x1="980" y1="200" x2="1150" y2="200" stroke="#fff" stroke-width="6"/>`;
  out += `<rect x="220" y="50" width="620" height="340" fill="#fdfdfd" stroke="${p.o(210, 10, 60)}" stroke-width="8"/>`;
  const bars = 6;
  for (let i = 0; i < bars; i++) {
    const h = p.between(60, 230);
    out += `<rect x="${270 + i * 58}" y="${f(350 - h)}" width="40" height="${f(h)}" fill="${p.o(p.pick([210, 150, 30]), 65, 55)}"/>`;
  }
  const pts: Pt[] = [];
  for (let i = 0; i < 5; i++) pts.push([640 + i * 42, 300 - i * p.between(20, 45)]);
  out += `<path d="${polyline(pts)}" fill="none" stroke="${p.o(0, 70, 50)}" stroke-width="6"/>`;
  out += `<circle cx="760" cy="140" r="52" fill="${p.o(200, 60, 60)}"/><path d="M760 140 L760 88 A52 52 0 0 1 808 160 Z" fill="${p.o(40, 85, 60)}"/>`;
  out += person(p, 150, 420, 2.2, p.o(210, 40, 40));
  for (let row = 0; row < 3; row++) {
    const y = 500 + row * 70;
    const s = 1 + row * 0.35;
    for (let x = 120 + (row % 2) * 60; x < 1140; x += 120 * s) out += person(p, x, y, s);
    out += `<rect x="40" y="${y}" width="1120" height="${f(16 * s)}" fill="${p.o(30, 45, 45)}"/>`;
  }
  return out;
};

const ponds: Scene = (p) => {
  let out = sky(p, 260) + mountains(p, 240, 2);
  out += `<rect x="0" y="280" width="${W}" height="${H - 280}" fill="${p.c(95, 40, 42)}"/>`;
  const water = p.linear([
    [0, p.c(190, 45, 62)],
    [1, p.c(180, 50, 40)],
  ]);
  const rows: [number, number, number][] = [
    [300, 380, 0.55],
    [410, 560, 0.8],
    [585, 700, 1],
  ];
  for (const [y0, y1, s] of rows) {
    const n = 3;
    const gap = 40 * s;
    const w = (W + 200 - gap * (n - 1)) / n;
    for (let i = 0; i < n; i++) {
      const x = -100 + i * (w + gap);
      out += `<rect x="${f(x)}" y="${y0}" width="${f(w)}" height="${y1 - y0}" rx="${f(18 * s)}" fill="${water}" stroke="${p.c(35, 35, 45)}" stroke-width="${f(8 * s)}"/>`;
      for (let k = 0; k < 5; k++) {
        out += `<line x1="${f(x + p.between(30, w - 80))}" y1="${f(p.between(y0 + 15, y1 - 10))}" x2="${f(x + p.between(60, w - 20))}" y2="${f(p.between(y0 + 15, y1 - 10))}" stroke="#ffffff" stroke-width="2" opacity="0.35"/>`;
      }
      const ax = x + p.between(80, w - 120);
      const ay = (y0 + y1) / 2;
      out += `<ellipse cx="${f(ax + 40 * s)}" cy="${f(ay + 6 * s)}" rx="${f(70 * s)}" ry="${f(10 * s)}" fill="#ffffff" opacity="0.6"/>`;
      out += `<rect x="${f(ax)}" y="${f(ay - 10 * s)}" width="${f(40 * s)}" height="${f(14 * s)}" fill="#3a3a3a"/>`;
      out += `<circle cx="${f(ax + 20 * s)}" cy="${f(ay)}" r="${f(12 * s)}" fill="none" stroke="#eeeeee" stroke-width="${f(4 * s)}"/>`;
    }
  }
  out += `<rect x="1000" y="225" width="90" height="60" fill="${p.o(30, 30, 60)}"/><polygon points="990,230 1045,190 1100,230" fill="${p.o(10, 45, 40)}"/>`;
  return out;
};

const processingPlant: Scene = (p) => {
  let out = sky(p, 380);
  out += ridge(p, 380, 40, 80, p.c(130, 30, 40));
  out += `<rect x="0" y="400" width="${W}" height="${H - 400}" fill="${p.o(210, 5, 55)}"/>`;
  const wall = p.o(p.pick([205, 30, 190]), 20, 85);
  out += `<rect x="120" y="230" width="960" height="230" fill="${wall}"/>`;
  for (let i = 0; i < 8; i++) {
    const x = 120 + i * 120;
    out += `<polygon points="${x},230 ${x + 120},230 ${x + 120},160" fill="${p.o(210, 15, 45)}"/>`;
    out += `<polygon points="${x + 8},226 ${x + 112},226 ${x + 112},170" fill="${p.o(215, 50, 30)}"/>`;
  }
  for (let i = 0; i < 3; i++) {
    const x = 210 + i * 300;
    out += `<rect x="${x}" y="320" width="160" height="140" fill="${p.o(210, 10, 60)}"/>`;
    for (let y = 330; y < 460; y += 14)
      out += `<line x1="${x}" y1="${y}" x2="${x + 160}" y2="${y}" stroke="${p.o(210, 10, 48)}" stroke-width="3"/>`;
  }
  for (let x = 150; x < 1060; x += 90)
    out += `<rect x="${x}" y="260" width="60" height="30" fill="${p.o(200, 50, 70)}"/>`;
  for (let s = 0; s < 4; s++) {
    const bx = 80 + s * 290 + p.between(0, 40);
    out += `<rect x="${f(bx - 8)}" y="630" width="196" height="14" fill="${p.o(30, 40, 40)}"/>`;
    const layers = p.int(2, 4);
    for (let l = 0; l < layers; l++) {
      for (let k = 0; k < 3 - (l % 2); k++) {
        const x = bx + k * 60 + (l % 2) * 30;
        const y = 630 - (l + 1) * 46;
        out += `<rect x="${f(x)}" y="${f(y)}" width="58" height="44" fill="${p.o(32, 50, 62)}" stroke="${p.o(30, 45, 45)}" stroke-width="2"/><line x1="${f(x + 29)}" y1="${f(y)}" x2="${f(x + 29)}" y2="${f(y + 14)}" stroke="${p.o(30, 30, 85)}" stroke-width="6"/>`;
      }
    }
  }
  return out;
};

const transportTruck: Scene = (p) => {
  let out = sky(p, 340) + mountains(p, 320, 2);
  out += `<rect x="0" y="360" width="${W}" height="${H - 360}" fill="${p.c(85, 50, 48)}"/>`;
  for (let x = 30; x < W; x += p.between(110, 180)) out += tree(p, x, 420, p.between(0.8, 1.1), 115);
  out += `<rect x="0" y="470" width="${W}" height="120" fill="${p.o(220, 5, 38)}"/>`;
  for (let x = 20; x < W; x += 110) out += `<rect x="${x}" y="526" width="60" height="8" fill="#f4f4f4"/>`;
  const tx = p.between(250, 500);
  const body = p.o(p.pick([210, 0, 140, 30]), 55, 45);
  // Produce heaped in the open box.
  for (let i = 0; i < 16; i++) {
    out += fruit(
      p,
      tx + 20 + (i % 8) * 36,
      420 - Math.floor(i / 8) * 22 + p.between(-3, 3),
      18,
      p.pick([0, 3]),
    );
  }
  out += truck(p, tx, 560, 1, body);
  out += `<rect x="0" y="590" width="${W}" height="${H - 590}" fill="${p.c(95, 55, 38)}"/>`;
  return out;
};

const stiltVillage: Scene = (p) => {
  let out = sky(p, 300) + mountains(p, 260, 3);
  out += `<rect x="0" y="400" width="${W}" height="${H - 400}" fill="${p.c(100, 45, 45)}"/>`;
  const houses: [number, number][] = [
    [p.between(120, 260), 0.9],
    [p.between(560, 660), 1.15],
    [p.between(900, 1000), 0.8],
  ];
  for (const [x, s] of houses) {
    const floor = 430 - 10 * s;
    const w = 280 * s;
    for (let k = 0; k <= 4; k++) {
      out += `<rect x="${f(x + (k * w) / 4 - 5)}" y="${f(floor)}" width="10" height="${f(90 * s)}" fill="${p.o(25, 40, 30)}"/>`;
    }
    out += `<rect x="${f(x - 10)}" y="${f(floor - 8)}" width="${f(w + 20)}" height="12" fill="${p.o(25, 40, 35)}"/>`;
    out += `<rect x="${f(x + 10)}" y="${f(floor - 90 * s)}" width="${f(w - 20)}" height="${f(82 * s)}" fill="${p.o(30, 45, 50)}"/>`;
    for (let k = 1; k < 4; k++)
      out += `<rect x="${f(x + (k * w) / 4 - 16)}" y="${f(floor - 70 * s)}" width="32" height="${f(40 * s)}" fill="${p.o(25, 35, 25)}"/>`;
    out += `<polygon points="${f(x - 50 * s)},${f(floor - 80 * s)} ${f(x + w + 50 * s)},${f(floor - 80 * s)} ${f(x + w - 40 * s)},${f(floor - 200 * s)} ${f(x + 40 * s)},${f(floor - 200 * s)}" fill="${p.o(32, 35, 32)}"/>`;
    for (let k = 0; k < 4; k++) {
      const y = floor - 100 * s - k * 26 * s;
      out += `<line x1="${f(x - 30 * s + k * 20 * s)}" y1="${f(y)}" x2="${f(x + w + 30 * s - k * 20 * s)}" y2="${f(y)}" stroke="${p.o(35, 35, 45)}" stroke-width="3"/>`;
    }
  }
  const water = p.linear([
    [0, p.c(195, 55, 65)],
    [1, p.c(200, 50, 45)],
  ]);
  out += `<path d="M-20 590 C 250 540, 420 620, 640 580 S 1000 540, 1220 590 L1220 ${H} L-20 ${H} Z" fill="${water}"/>`;
  for (let i = 0; i < 8; i++) {
    const x = p.between(0, W);
    const y = p.between(610, 660);
    out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + p.between(40, 100))}" y2="${f(y)}" stroke="#ffffff" stroke-width="3" opacity="0.5"/>`;
  }
  for (let i = 0; i < 6; i++) {
    const x = p.between(0, W);
    out += `<path d="M${f(x)} 540 q -10 -60 20 -110 M${f(x)} 540 q 20 -50 60 -80" stroke="${p.c(110, 50, 32)}" stroke-width="8" fill="none" stroke-linecap="round"/>`;
  }
  return out;
};

const riverMountains: Scene = (p) => {
  let out = sky(p, 320);
  for (let i = 0; i < 4; i++) {
    out += ridge(
      p,
      250 + i * 55,
      170 - i * 25,
      p.between(80, 130),
      p.c(190 - i * 25, 20 + i * 10, 72 - i * 10),
    );
  }
  const water = p.linear([
    [0, p.c(195, 45, 75)],
    [1, p.c(200, 55, 48)],
  ]);
  const c = p.between(500, 700);
  out += `<path d="M${f(c - 20)} 430 C ${f(c + 140)} 470, ${f(c - 250)} 520, ${f(c - 120)} 560 S ${f(c + 300)} 640, ${f(c + 200)} 690 L ${f(c - 420)} 690 C ${f(c - 480)} 630, ${f(c - 60)} 590, ${f(c - 220)} 540 S ${f(c - 10)} 470, ${f(c - 40)} 430 Z" fill="${water}"/>`;
  const bx = c - 160;
  out += `<path d="M${f(bx - 50)} 600 Q${f(bx)} 625 ${f(bx + 50)} 600 Z" fill="${p.o(25, 40, 30)}"/><line x1="${f(bx)}" y1="600" x2="${f(bx)}" y2="560" stroke="#333" stroke-width="3"/><polygon points="${f(bx - 12)},572 ${f(bx)},556 ${f(bx + 12)},572" fill="${p.o(45, 55, 80)}"/>`;
  for (let i = 0; i < 5; i++) {
    const x = p.between(200, 1000);
    const y = p.between(80, 200);
    out += `<path d="M${f(x - 14)} ${f(y - 6)} Q${f(x - 6)} ${f(y - 10)} ${f(x)} ${f(y)} Q${f(x + 6)} ${f(y - 10)} ${f(x + 14)} ${f(y - 6)}" fill="none" stroke="#33404a" stroke-width="3"/>`;
  }
  return out;
};

const bambooCraft: Scene = (p) => {
  const a = p.o(38, 45, 70);
  const b = p.o(34, 45, 58);
  const mat = p.pattern(
    40,
    40,
    `<rect width="40" height="40" fill="${a}"/><rect x="0" y="0" width="20" height="20" fill="${b}"/><rect x="20" y="20" width="20" height="20" fill="${b}"/><path d="M0 10 H20 M20 30 H40 M30 0 V20 M10 20 V40" stroke="${p.o(30, 40, 48)}" stroke-width="2"/>`,
  );
  let out = `<rect width="${W}" height="${H}" fill="${mat}"/>`;
  out += `<rect width="${W}" height="${H}" fill="${p.radial([
    [0, '#fff8e6', 0.25],
    [1, '#2e1a05', 0.45],
  ])}"/>`;
  const trays: [number, number, number][] = [
    [p.between(280, 360), p.between(280, 340), 220],
    [p.between(800, 880), p.between(220, 280), 170],
  ];
  for (const [cx, cy, r] of trays) {
    out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${r}" fill="${p.o(36, 55, 62)}" stroke="${p.o(28, 50, 36)}" stroke-width="12"/>`;
    for (let k = 20; k < r; k += 18)
      out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${k}" fill="none" stroke="${p.o(30, 45, 45)}" stroke-width="3"/>`;
    for (let k = 0; k < 24; k++) {
      const t = (k * Math.PI) / 12;
      out += `<line x1="${f(cx)}" y1="${f(cy)}" x2="${f(cx + Math.cos(t) * r)}" y2="${f(cy + Math.sin(t) * r)}" stroke="${p.o(30, 45, 50)}" stroke-width="2" opacity="0.6"/>`;
    }
  }
  out += basket(p, p.between(560, 640), 640, 260, 190) + basket(p, p.between(950, 1050), 650, 190, 140);
  out += basket(p, p.between(120, 200), 660, 150, 110);
  return out;
};

const digital: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.linear(
    [
      [0, p.o(205, 45, 88)],
      [1, p.o(190, 35, 78)],
    ],
    1,
    1,
  )}"/>`;
  for (let i = 0; i < 14; i++) {
    const x = p.between(0, W);
    const y = p.between(0, 400);
    out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(p.between(3, 8))}" fill="#ffffff" opacity="0.6"/>`;
    if (i > 0)
      out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(p.between(0, W))}" y2="${f(p.between(0, 400))}" stroke="#ffffff" stroke-width="1.5" opacity="0.35"/>`;
  }
  out += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="${p.o(30, 35, 60)}"/>`;
  // Laptop.
  out += `<rect x="250" y="150" width="560" height="350" rx="16" fill="#2f3540"/><rect x="270" y="170" width="520" height="310" fill="#f7fafc"/>`;
  out += `<path d="M200 500 L860 500 L900 540 L160 540 Z" fill="#c8ced6"/>`;
  for (let i = 0; i < 5; i++) {
    const h = p.between(40, 170);
    out += `<rect x="${300 + i * 46}" y="${f(450 - h)}" width="32" height="${f(h)}" fill="${p.o(p.pick([210, 150, 30]), 65, 55)}"/>`;
  }
  const pts: Pt[] = [];
  for (let i = 0; i < 6; i++) pts.push([560 + i * 40, 430 - i * p.between(10, 38)]);
  out += `<path d="${polyline(pts)}" fill="none" stroke="${p.o(0, 70, 55)}" stroke-width="6"/>`;
  out += `<rect x="290" y="190" width="200" height="14" rx="7" fill="#cfd8e3"/><rect x="290" y="214" width="140" height="14" rx="7" fill="#e3e9f0"/>`;
  // Phone with a QR-like grid.
  out += `<rect x="930" y="230" width="170" height="320" rx="24" fill="#222831"/><rect x="945" y="260" width="140" height="260" rx="6" fill="#ffffff"/>`;
  const cell = 10;
  const ox = 965;
  const oy = 300;
  for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 10; j++) {
      const finder = (i < 3 && j < 3) || (i > 6 && j < 3) || (i < 3 && j > 6);
      if (finder || p.r() < 0.45) {
        out += `<rect x="${ox + i * cell}" y="${oy + j * cell}" width="${cell}" height="${cell}" fill="#1d2430"/>`;
      }
    }
  }
  out += `<rect x="965" y="430" width="100" height="14" rx="7" fill="${p.o(150, 55, 45)}"/>`;
  out +=
    `<rect x="60" y="430" width="90" height="90" rx="10" fill="${p.o(20, 45, 50)}"/>` +
    flowers(p, 105, 400, 40);
  return out;
};

const awards: Scene = (p) => {
  const backdrop = p.linear([
    [0, p.o(355, 70, 42)],
    [1, p.o(5, 75, 28)],
  ]);
  let out = `<rect width="${W}" height="${H}" fill="${backdrop}"/>`;
  for (let i = 0; i < 14; i++) {
    const t = -Math.PI + (i * Math.PI) / 13;
    out += `<polygon points="600,120 ${f(600 + Math.cos(t - 0.05) * 1000)},${f(120 + Math.sin(t - 0.05) * 1000 + 700)} ${f(600 + Math.cos(t + 0.05) * 1000)},${f(120 + Math.sin(t + 0.05) * 1000 + 700)}" fill="#ffd870" opacity="0.08"/>`;
  }
  out += `<circle cx="600" cy="140" r="70" fill="${p.o(48, 90, 55)}"/>${star(600, 143, 52, p.o(0, 75, 45))}`;
  for (const side of [0, 1]) {
    const x0 = side === 0 ? 0 : W;
    const dir = side === 0 ? 1 : -1;
    out += `<path d="M${x0} 0 L${x0 + dir * 190} 0 Q${x0 + dir * 120} 300 ${x0 + dir * 160} ${H} L${x0} ${H} Z" fill="${p.o(350, 65, 30)}"/>`;
    for (let k = 1; k < 5; k++)
      out += `<path d="M${x0 + dir * k * 36} 0 Q${x0 + dir * (k * 30 - 10)} 300 ${x0 + dir * k * 32} ${H}" stroke="#000" stroke-opacity="0.18" stroke-width="6" fill="none"/>`;
  }
  out += `<rect x="0" y="520" width="${W}" height="${H - 520}" fill="${p.o(25, 40, 30)}"/>`;
  const frames = 4;
  for (let i = 0; i < frames; i++) {
    const x = 250 + i * 185;
    out += `<line x1="${x + 60}" y1="480" x2="${x + 30}" y2="560" stroke="#5a3d20" stroke-width="6"/><line x1="${x + 60}" y1="480" x2="${x + 90}" y2="560" stroke="#5a3d20" stroke-width="6"/>`;
    out += `<rect x="${x}" y="300" width="120" height="170" fill="${p.o(45, 75, 50)}"/><rect x="${x + 10}" y="310" width="100" height="150" fill="#fff9ea"/>`;
    out += `<rect x="${x + 25}" y="335" width="70" height="8" fill="#d9c9a3"/><rect x="${x + 20}" y="355" width="80" height="6" fill="#e6dbc0"/><rect x="${x + 20}" y="370" width="80" height="6" fill="#e6dbc0"/>`;
    out += `<circle cx="${x + 80}" cy="425" r="16" fill="${p.o(0, 75, 48)}" opacity="0.85"/>`;
  }
  out += flowers(p, 170, 520, 60) + flowers(p, 1030, 520, 60);
  for (let i = 0; i < 40; i++) {
    out += `<rect x="${f(p.between(0, W))}" y="${f(p.between(0, 300))}" width="10" height="5" fill="${p.o(p.pick([48, 0, 200, 120]), 85, 65)}" transform="rotate(${f(p.between(0, 90))} ${f(p.between(0, W))} 0)" opacity="0.85"/>`;
  }
  return out;
};

const herbGarden: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.linear([
    [0, p.c(110, 35, 30)],
    [1, p.c(95, 40, 50)],
  ])}"/>`;
  for (let i = 0; i < 5; i++) {
    const x = p.between(0, W);
    out += `<polygon points="${f(x)},0 ${f(x + 60)},0 ${f(x + 260)},${H} ${f(x + 120)},${H}" fill="#fffbe0" opacity="0.1"/>`;
  }
  for (let i = 0; i < 9; i++) {
    const x = p.between(0, W);
    const w = p.between(20, 44);
    out += `<rect x="${f(x)}" y="0" width="${f(w)}" height="430" fill="${p.o(25, 25, p.between(18, 30))}"/>`;
  }
  for (let i = 0; i < 16; i++) {
    out += `<circle cx="${f(p.between(-40, W + 40))}" cy="${f(p.between(-60, 80))}" r="${f(p.between(70, 130))}" fill="${p.c(115, 45, p.between(20, 32))}"/>`;
  }
  out += `<rect x="0" y="400" width="${W}" height="${H - 400}" fill="${p.o(28, 35, 30)}"/>`;
  for (let row = 0; row < 5; row++) {
    const y = 430 + row * row * 8 + row * 22;
    const s = 0.5 + row * 0.28;
    for (let x = -20 + (row % 2) * 40 * s; x < W + 40; x += 80 * s) {
      for (let k = 0; k < 5; k++) {
        const t = -Math.PI / 2 + (k - 2) * 0.5;
        out += `<ellipse cx="${f(x + Math.cos(t) * 22 * s)}" cy="${f(y + Math.sin(t) * 22 * s)}" rx="${f(22 * s)}" ry="${f(8 * s)}" fill="${p.c(105 + k * 4, 55, 38 + row * 3)}" transform="rotate(${f((t * 180) / Math.PI)} ${f(x + Math.cos(t) * 22 * s)} ${f(y + Math.sin(t) * 22 * s)})"/>`;
      }
    }
  }
  return out;
};

const fund: Scene = (p) => {
  let out = `<rect width="${W}" height="${H}" fill="${p.linear(
    [
      [0, p.o(170, 40, 85)],
      [1, p.o(45, 60, 90)],
    ],
    1,
    1,
  )}"/>`;
  for (let i = 0; i < 7; i++) {
    const h = 80 + i * 45 + p.between(-15, 15);
    out += `<rect x="${140 + i * 140}" y="${f(560 - h)}" width="90" height="${f(h)}" fill="#ffffff" opacity="0.35"/>`;
  }
  out += `<path d="M120 520 L400 430 L640 450 L1040 190" fill="none" stroke="#ffffff" stroke-width="10" opacity="0.6"/><polygon points="1060,170 1000,190 1045,230" fill="#ffffff" opacity="0.6"/>`;
  out += `<rect x="0" y="580" width="${W}" height="${H - 580}" fill="${p.o(30, 30, 55)}"/>`;
  const gold = p.o(45, 85, 58);
  const edge = p.o(38, 75, 42);
  const stacks = [4, 7, 10, 13];
  let tallest: Pt = [0, 0];
  stacks.forEach((n, i) => {
    const cx = 320 + i * 170;
    for (let k = 0; k < n; k++) out += coin(cx + p.between(-3, 3), 580 - 16 - k * 14, 60, gold, edge);
    tallest = [cx, 580 - 16 - (n - 1) * 14];
  });
  const [sx, sy] = tallest;
  out += `<path d="M${sx} ${sy} C ${sx - 10} ${sy - 50}, ${sx + 10} ${sy - 90}, ${sx} ${sy - 130}" stroke="${p.o(120, 50, 35)}" stroke-width="8" fill="none"/>`;
  out += `<path d="M${sx} ${sy - 110} C ${sx - 70} ${sy - 150}, ${sx - 90} ${sy - 90}, ${sx} ${sy - 100} Z" fill="${p.o(110, 55, 45)}"/>`;
  out += `<path d="M${sx} ${sy - 125} C ${sx + 70} ${sy - 180}, ${sx + 100} ${sy - 110}, ${sx} ${sy - 118} Z" fill="${p.o(100, 55, 50)}"/>`;
  out += coin(170, 600, 46, gold, edge) + coin(1040, 610, 40, gold, edge);
  return out;
};

const harvester: Scene = (p) => {
  const horizon = 340;
  let out = sky(p, horizon);
  out += ridge(p, horizon, 30, 60, p.c(125, 35, 32));
  const field = p.linear([
    [0, p.c(45, 70, 62)],
    [1, p.c(38, 70, 46)],
  ]);
  out += `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="${field}"/>`;
  for (let i = 0; i < 120; i++) {
    const x = p.between(0, W);
    const y = p.between(horizon + 10, H);
    const l = 6 + ((y - horizon) / (H - horizon)) * 18;
    out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + p.between(-3, 3))}" y2="${f(y - l)}" stroke="${p.c(40, 60, 36)}" stroke-width="2"/>`;
  }
  out += `<rect x="0" y="560" width="${W}" height="${H - 560}" fill="${p.c(42, 45, 55)}" opacity="0.7"/>`;
  const x = p.between(380, 520);
  const y = 560;
  const body = p.o(p.pick([0, 120, 30]), 65, 45);
  out += `<ellipse cx="${f(x + 380)}" cy="${f(y - 30)}" rx="150" ry="40" fill="#f3e3b8" opacity="0.45"/>`;
  // Feeder house from the header up into the body.
  out += `<path d="M${f(x - 40)} ${f(y - 95)} L${f(x + 10)} ${f(y - 150)} L${f(x + 10)} ${f(y - 70)} L${f(x - 40)} ${f(y - 60)} Z" fill="${p.o(0, 0, 35)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - 200)}" width="300" height="150" rx="14" fill="${body}"/>`;
  out += `<rect x="${f(x + 150)}" y="${f(y - 255)}" width="140" height="60" rx="8" fill="${body}"/>`;
  out += `<rect x="${f(x + 150)}" y="${f(y - 225)}" width="140" height="8" fill="#000" opacity="0.15"/>`;
  out += `<path d="M${f(x + 270)} ${f(y - 240)} L${f(x + 430)} ${f(y - 290)} L${f(x + 436)} ${f(y - 272)} L${f(x + 278)} ${f(y - 220)} Z" fill="${p.o(0, 0, 45)}"/>`;
  out += `<rect x="${f(x + 10)}" y="${f(y - 320)}" width="120" height="124" rx="10" fill="${p.o(0, 0, 92)}"/>`;
  out += `<rect x="${f(x + 22)}" y="${f(y - 306)}" width="96" height="66" rx="4" fill="${p.o(200, 50, 70)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - 326)}" width="140" height="12" rx="4" fill="${body}"/>`;
  out += `<rect x="${f(x - 300)}" y="${f(y - 80)}" width="270" height="26" fill="#555"/>`;
  out += `<circle cx="${f(x - 165)}" cy="${f(y - 110)}" r="58" fill="none" stroke="${body}" stroke-width="10"/>`;
  for (let k = 0; k < 6; k++) {
    const t = (k * Math.PI) / 3;
    out += `<line x1="${f(x - 165)}" y1="${f(y - 110)}" x2="${f(x - 165 + Math.cos(t) * 58)}" y2="${f(y - 110 + Math.sin(t) * 58)}" stroke="${body}" stroke-width="6"/>`;
  }
  out += `<line x1="${f(x - 165)}" y1="${f(y - 110)}" x2="${f(x - 20)}" y2="${f(y - 150)}" stroke="${p.o(0, 0, 35)}" stroke-width="8"/>`;
  out += `<rect x="${f(x - 10)}" y="${f(y - 60)}" width="330" height="60" rx="30" fill="#2b2b2b"/>`;
  for (let k = 0; k < 6; k++)
    out += `<circle cx="${f(x + 22 + k * 56)}" cy="${f(y - 30)}" r="18" fill="#777"/>`;
  return out;
};

const SCENES: Record<DemoImageKey, Scene> = {
  'ruong-bac-thang': terraces,
  'canh-dong-lua': riceField,
  'doi-che': teaHills,
  'nha-kinh-rau': greenhouse,
  'vuon-cam': orangeOrchard,
  'gio-trai-cay': fruitBaskets,
  'hu-mat-ong': honeyJars,
  'gian-hang-hoi-cho': fairStalls,
  'khu-trung-bay-ocop': ocopShelves,
  'hoi-truong': meetingHall,
  'lop-tap-huan': classroom,
  'ao-nuoi-thuy-san': ponds,
  'nha-xuong-che-bien': processingPlant,
  'xe-van-chuyen': transportTruck,
  'lang-du-lich': stiltVillage,
  'song-nui': riverMountains,
  'may-tre-dan': bambooCraft,
  'chuyen-doi-so': digital,
  'trao-khen-thuong': awards,
  'vuon-duoc-lieu': herbGarden,
  'nguon-von': fund,
  'may-gat-dap': harvester,
};

const KNOWN = new Set<string>(DEMO_IMAGE_KEYS.map((i) => i.key));

/** The SVG source of a demo picture (unknown keys get a landscape coloured by the key). */
export function demoImageSvg(key: string, width = W, height = H): string {
  const pen = new Pen(key);
  const scene = KNOWN.has(key) ? SCENES[key as DemoImageKey] : riverMountains;
  return pen.svg(scene(pen), width, height);
}

/** A demo picture as a JPEG of exactly width × height pixels (the scene covers the frame). */
export async function renderDemoImage(key: string, width = 1200, height = 675): Promise<Buffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 16 || height < 16) {
    throw new RangeError('Kích thước ảnh minh họa không hợp lệ');
  }
  if (width > 4000 || height > 4000) throw new RangeError('Ảnh minh họa tối đa 4000 × 4000 điểm ảnh');
  return sharp(Buffer.from(demoImageSvg(key, width, height)))
    .resize(width, height, { fit: 'cover' })
    .jpeg({ quality: 82 })
    .toBuffer();
}
