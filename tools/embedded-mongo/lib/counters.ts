import { MongoClient } from 'mongodb';

/**
 * Documents examined and returned by the database during a run, so the benchmark can show that a
 * workload does not scan: the embedded engine counts them per command and answers `{ pecgCounters: 1 }`
 * (`reset: true` zeroes them). A real MongoDB has no such command; there the figures are not reported
 * (use the profiler or `explain` there).
 */
export interface ScanCounts {
  examined: number;
  returned: number;
  commands: number;
  /** Per namespace ("<db>.<collection>"). */
  namespaces: Record<string, { examined: number; returned: number; commands: number; indexed?: number; scans?: number }>;
}

export class EngineCounters {
  private constructor(
    private readonly client: MongoClient,
    readonly supported: boolean,
  ) {}

  static async connect(uri: string): Promise<EngineCounters> {
    const client = new MongoClient(uri, { directConnection: true });
    await client.connect();
    try {
      await client.db('admin').command({ pecgCounters: 1 });
      return new EngineCounters(client, true);
    } catch {
      return new EngineCounters(client, false);
    }
  }

  async reset(): Promise<void> {
    if (this.supported) await this.client.db('admin').command({ pecgCounters: 1, reset: true });
  }

  /** The counts since the last reset, or undefined when the server does not count. */
  async read(): Promise<ScanCounts | undefined> {
    if (!this.supported) return undefined;
    const doc = await this.client.db('admin').command({ pecgCounters: 1 });
    return {
      examined: Number(doc.examined ?? 0),
      returned: Number(doc.returned ?? 0),
      commands: Number(doc.commands ?? 0),
      namespaces: (doc.namespaces ?? {}) as ScanCounts['namespaces'],
    };
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/** Documents examined per document returned (1 = every examined document was an answer). */
export function scanRatio(counts: ScanCounts | undefined): number {
  if (!counts) return NaN;
  if (counts.returned === 0) return counts.examined === 0 ? 1 : Infinity;
  return counts.examined / counts.returned;
}
