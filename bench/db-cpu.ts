import fs from 'node:fs';

/** Is this command line the embedded database (`java … pecg.embedded.EmbeddedMongo …`)? */
export function isDatabaseCommand(cmdline: string[]): boolean {
  return cmdline.includes('pecg.embedded.EmbeddedMongo');
}

/**
 * CPU time of the embedded database process (the Java process of mongo-java-server, a child of this
 * process), read from /proc on Linux: found by its command line and its parent (this
 * process). Undefined elsewhere.
 */
export function findDatabasePid(): number | undefined {
  if (!fs.existsSync('/proc')) return undefined;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (isDatabaseCommand(cmdline) && parentOf(Number(entry)) === process.pid) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

function parentOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

const TICKS_PER_SECOND = 100;

/** User + system CPU ms of a process (fields 14 and 15 of /proc/<pid>/stat, in clock ticks). */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/**
 * Waits until the database process is idle — under `idleMs` of CPU in a 250 ms window, twice in a
 * row — or `maxMs` passed. The JVM keeps working after a load (garbage collection of what the
 * previous run allocated, the store's compaction rounds); without this, that work lands in the CPU
 * reading and the latency of whichever target is measured next — always the first target of a
 * workload, our gateway — and not in the run that caused it. Returns the ms waited.
 */
export async function databaseSettled(pid: number | undefined, idleMs = 15, maxMs = 15_000): Promise<number> {
  if (!pid) return 0;
  const start = Date.now();
  let quietWindows = 0;
  while (quietWindows < 2 && Date.now() - start < maxMs) {
    const before = processCpuMs(pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const used = processCpuMs(pid) - before;
    quietWindows = Number.isFinite(used) && used <= idleMs ? quietWindows + 1 : 0;
  }
  return Date.now() - start;
}
