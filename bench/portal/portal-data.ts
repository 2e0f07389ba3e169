// The benchmark's data directory: a fresh temporary one, or a kept one (--data-dir) seeded once and
// reused by later runs with the same size (seeding 20,000 articles takes minutes).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type SeedSummary, seedPortal } from './seed-portal.ts';

const MARKER = 'bench-portal.json';

export interface PortalData {
  dataDir: string;
  summary: SeedSummary;
  reused: boolean;
  /** Removes a temporary directory; keeps a named one. */
  dispose(): void;
}

export interface PortalDataOptions {
  articles: number;
  years: number;
  /** Keep the data here and reuse it next time; a temporary directory otherwise. */
  keepIn?: string | undefined;
  env: Record<string, string | undefined>;
  progress: (line: string) => void;
}

export async function preparePortalData(o: PortalDataOptions): Promise<PortalData> {
  const kept = o.keepIn ? resolve(o.keepIn) : null;
  if (kept && existsSync(join(kept, MARKER))) {
    const summary = JSON.parse(readFileSync(join(kept, MARKER), 'utf8')) as SeedSummary & { years: number };
    if (summary.slugs.length !== o.articles || summary.years !== o.years) {
      throw new Error(
        `${kept} holds ${summary.slugs.length} articles over ${summary.years} years; ` +
          `use another --data-dir for --articles ${o.articles} --years ${o.years}`,
      );
    }
    o.progress(`reusing ${kept}: ${summary.articles} articles, ${summary.searchEntries} search entries`);
    return { dataDir: kept, summary, reused: true, dispose: () => {} };
  }
  if (kept && existsSync(kept) && readdirSync(kept).length > 0) {
    throw new Error(`${kept} is not empty and was not made by this benchmark`);
  }
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'hoptac-bench-portal-'));
  mkdirSync(dataDir, { recursive: true });
  const dispose = () => {
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    o.progress(`seeding ${o.articles} articles over ${o.years} years into ${dataDir}`);
    const summary = await seedPortal({
      dataDir,
      articles: o.articles,
      years: o.years,
      env: o.env,
      progress: o.progress,
    });
    o.progress(
      `seeded ${summary.articles} articles, ${summary.documents} documents, ` +
        `${summary.searchEntries} search entries in ${summary.seconds.toFixed(0)} s`,
    );
    if (kept) writeFileSync(join(kept, MARKER), JSON.stringify({ ...summary, years: o.years }));
    return { dataDir, summary, reused: false, dispose };
  } catch (err) {
    // A half-seeded directory must not be mistaken for a complete one next time.
    if (kept) rmSync(kept, { recursive: true, force: true });
    else dispose();
    throw err;
  }
}
