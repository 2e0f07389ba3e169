// Reads a V8 .cpuprofile (node --cpu-prof) and names the hot spots: functions by self time, and
// the project's own functions (src/) by inclusive time, i.e. with everything they call.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  /** Self time by layer: database engine, ORM, HTTP framework, rendering, project code, GC… */
  layers: HotSpot[];
  self: HotSpot[];
  /** Project functions (under src/) with their callees' time included. */
  project: HotSpot[];
}

/** Which layer a frame's own time belongs to, by where its code lives. */
function layerOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle';
  if (url.startsWith('wasm://') || url.includes('@electric-sql/'))
    return 'PGlite (WASM engine + wire protocol)';
  if (url.includes('/drizzle-orm/')) return 'drizzle-orm';
  if (url.includes('/fastify/') || url.includes('/@fastify/') || url.includes('/find-my-way/'))
    return 'fastify + plugins';
  if (url.includes('/@kitajs/')) return '@kitajs/html (JSX)';
  if (url.includes('/src/')) return 'project code (src/)';
  if (url.includes('/node_modules/')) return 'other node_modules';
  return 'node internals / native (I/O, timers, …)';
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/(node_modules|src)\//, (_m, dir: string) => `${dir}/`);
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

export function summarizeProfile(path: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const timeOf = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  // Samples taken inside the profiler's own start (cpu-prof-preload.mjs) are not the server's work.
  const ownFrames = new Map<number, boolean>();
  const isProfilerOwn = (id: number): boolean => {
    const known = ownFrames.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const own =
      (byId.get(id)?.callFrame.url.includes('cpu-prof-preload') ?? false) ||
      (parent !== undefined && isProfilerOwn(parent));
    ownFrames.set(id, own);
    return own;
  };
  const self = new Map<string, number>();
  const layers = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, micros] of timeOf) {
    const node = byId.get(id);
    if (!node || isProfilerOwn(id)) continue;
    total += micros;
    const name = frameName(node);
    if (node.callFrame.functionName === '(idle)') idle += micros;
    self.set(name, (self.get(name) ?? 0) + micros);
    const layer = layerOf(node);
    layers.set(layer, (layers.get(layer) ?? 0) + micros);
    // Each project function counts once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) {
      const frame = byId.get(cur);
      if (!frame?.callFrame.url.includes('/src/')) continue;
      const key = frameName(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>) =>
    [...m]
      .filter(([name]) => !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: busy > 0 ? micros / busy : 0 }));
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    layers: rank(layers),
    self: rank(self),
    project: rank(inclusive),
  };
}
