// Preloaded into the server (NODE_OPTIONS=--import …) when the portal benchmark profiles it.
// Node 20 refuses --cpu-prof in NODE_OPTIONS, so the V8 sampling profiler is driven through the
// inspector instead, and only around what is measured: the first SIGUSR2 starts it, the second
// (or the process's exit) writes BENCH_CPU_PROF_DIR/server-<pid>.cpuprofile.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  // 1 ms between samples, as --cpu-prof.
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  let state = 'idle';
  // The in-process session answers synchronously, so this also works inside an 'exit' listener.
  const stop = () => {
    if (state !== 'running') return;
    state = 'done';
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on('SIGUSR2', () => {
    if (state === 'idle') {
      state = 'running';
      session.post('Profiler.start');
    } else stop();
  });
  process.on('exit', stop);
}
