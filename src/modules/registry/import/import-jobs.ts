/**
 * Dry runs and commits run beside the request that starts them (a 10,000-row file takes
 * seconds). Their progress is kept here for polls answered by this process — a commit's own
 * transaction cannot publish progress to other connections — and in the import row otherwise.
 */
interface Job {
  progress: number;
  done: Promise<void>;
}

const jobs = new Map<string, Job>();

export type ProgressReporter = (percent: number) => void;

/** Starts `run` for an import; `run` handles its own failures (it marks the import failed). */
export function startImportJob(importId: string, run: (report: ProgressReporter) => Promise<void>): void {
  const job: Job = { progress: 0, done: Promise.resolve() };
  const report: ProgressReporter = (p) => {
    job.progress = Math.max(0, Math.min(100, Math.round(p)));
  };
  job.done = run(report).finally(() => jobs.delete(importId));
  jobs.set(importId, job);
}

/** Progress of a job running in this process, or undefined. */
export function liveProgress(importId: string): number | undefined {
  return jobs.get(importId)?.progress;
}

export function isRunningHere(importId: string): boolean {
  return jobs.has(importId);
}

/** Resolves when every job of this process has finished (shutdown, and tests instead of sleeping). */
export async function settleImportJobs(): Promise<void> {
  while (jobs.size > 0) await Promise.allSettled([...jobs.values()].map((j) => j.done));
}
