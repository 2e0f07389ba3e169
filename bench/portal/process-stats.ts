import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc (Linux), or null once it is gone. */
function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far (user + system, all threads) in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on every Linux build this runs on (getconf CLK_TCK). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Samples a process's RSS every `everyMs` and keeps the maximum, overall and per phase (the
 * scenario running at the time), so a peak can be pinned on what caused it.
 */
export class RssSampler {
  private timer: NodeJS.Timeout;
  private phase = 'start';
  readonly byPhase = new Map<string, number>();
  max = 0;
  samples = 0;

  constructor(
    private readonly pid: number,
    everyMs = 500,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  /** Names what runs from now on. */
  mark(phase: string): void {
    this.phase = phase;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  private sample(): void {
    const mb = rssMb(this.pid);
    if (mb === null) return;
    this.samples++;
    this.max = Math.max(this.max, mb);
    this.byPhase.set(this.phase, Math.max(this.byPhase.get(this.phase) ?? 0, mb));
  }
}
