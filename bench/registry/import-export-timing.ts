// The 10,000-row import end to end over HTTP (upload → dry run → commit, polling the status as
// the console does), then the export of the tenant's list to .xlsx and .csv.
import { setTimeout as delay } from 'node:timers/promises';
import type { ImportDto } from '../../src/modules/registry/import/import.dto.ts';
import { buildMessyImport } from '../../src/modules/registry/import/messy-import.fixture.ts';
import { percentile, type StaffClient } from './staff-client.ts';

export interface ImportFigures {
  rows: number;
  fileBytes: number;
  buildSeconds: number;
  uploadSeconds: number;
  previewSeconds: number;
  commitSeconds: number;
  totalSeconds: number;
  preview: ImportDto['counts'];
  committed: ImportDto['counts'];
  previewMilestones: Milestones;
  commitMilestones: Milestones;
}

/** Seconds from the step's start to the first poll that saw each progress value. */
export type Milestones = [progress: number, seconds: number][];

/**
 * Status polling like the console's progress bar (a poll every 250 ms), until `done` holds. The
 * progress values seen tell where a step spends its time (the job reports after each phase).
 */
async function waitFor(
  client: StaffClient,
  id: string,
  done: (d: ImportDto) => boolean,
): Promise<{ dto: ImportDto; milestones: Milestones }> {
  const t0 = performance.now();
  const milestones: Milestones = [];
  for (;;) {
    const d = (await client.getJson<ImportDto>(`/api/v1/org-imports/${id}`)).value;
    if (d.status === 'failed') throw new Error(`import ${id} failed: ${d.error}`);
    if (milestones.at(-1)?.[0] !== d.progress) milestones.push([d.progress, (performance.now() - t0) / 1000]);
    if (done(d)) return { dto: d, milestones };
    await delay(250);
  }
}

export async function timeImport(client: StaffClient, rows: number, year: number): Promise<ImportFigures> {
  let t = performance.now();
  const file = await buildMessyImport({ rows, year, seed: 11 });
  const buildSeconds = (performance.now() - t) / 1000;
  const started = performance.now();
  const form = new FormData();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  form.append('file', new Blob([new Uint8Array(file)], { type }), `danh-sach-htx-${rows}.xlsx`);
  t = performance.now();
  const uploaded = (await client.post<ImportDto>('/api/v1/org-imports', form)).value;
  const uploadSeconds = (performance.now() - t) / 1000;
  if (uploaded.status !== 'uploaded')
    throw new Error(`upload ended as ${uploaded.status}: ${uploaded.error}`);
  t = performance.now();
  await client.post(`/api/v1/org-imports/${uploaded.id}/preview`);
  const previewed = await waitFor(client, uploaded.id, (d) => d.status === 'previewed');
  const previewSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await client.post(`/api/v1/org-imports/${uploaded.id}/commit`);
  const committed = await waitFor(client, uploaded.id, (d) => d.status === 'committed');
  const commitSeconds = (performance.now() - t) / 1000;
  return {
    rows,
    fileBytes: file.length,
    buildSeconds,
    uploadSeconds,
    previewSeconds,
    commitSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    preview: previewed.dto.counts,
    committed: committed.dto.counts,
    previewMilestones: previewed.milestones,
    commitMilestones: committed.milestones,
  };
}

export interface ExportFigures {
  format: 'xlsx' | 'csv';
  rows: number;
  bytes: number;
  medianSeconds: number;
  maxSeconds: number;
}

/** The whole tenant's list exported `runs` times per format (the console's "Xuất" button, no filter). */
export async function timeExports(client: StaffClient, runs: number): Promise<ExportFigures[]> {
  const rows = (await client.getJson<{ total: number }>('/api/v1/orgs?pageSize=1')).value.total;
  const out: ExportFigures[] = [];
  for (const format of ['xlsx', 'csv'] as const) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await client.get(`/api/v1/orgs/export.${format}`);
      if (r.status !== 200)
        throw new Error(`export ${format}: ${r.status} ${r.value.toString('utf8').slice(0, 200)}`);
      times.push(r.ms / 1000);
      bytes = r.value.length;
    }
    out.push({ format, rows, bytes, medianSeconds: percentile(times, 50), maxSeconds: Math.max(...times) });
  }
  return out;
}
