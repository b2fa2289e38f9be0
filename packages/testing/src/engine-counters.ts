import { MongoServerError, type Document, type MongoClient } from 'mongodb';

/**
 * How many documents a read or write examined, measured the same way on both supported servers:
 * - the embedded engine counts documents examined and returned per namespace and answers the admin
 *   command `{ pecgCounters: 1 }` (`reset: true` zeroes the counts);
 * - a real MongoDB has no such command (it fails with CommandNotFound, code 59): there each operation
 *   is run through `explain` with `executionStats` and its `totalDocsExamined` / `nReturned` are used.
 * The measured operations are described through `CountedOperations`, so one test body serves both.
 */

export interface ExaminedCounts {
  examined: number;
  returned: number;
  /** Where the figures come from. */
  source: 'pecgCounters' | 'explain';
}

/**
 * The operations a measurement may run. With the engine's counters they are executed (an update is
 * applied); with explain they are only planned and counted (an update is not applied), so write
 * measured operations whose effect the test does not read afterwards.
 */
export interface CountedOperations {
  find(collection: string, filter: Document, options?: { sort?: Document; limit?: number; projection?: Document }): Promise<void>;
  aggregate(collection: string, pipeline: Document[]): Promise<void>;
  updateOne(collection: string, filter: Document, update: Document): Promise<void>;
}

const COMMAND_NOT_FOUND = 59;
const modes = new WeakMap<MongoClient, Promise<ExaminedCounts['source']>>();

function isCommandNotFound(error: unknown): boolean {
  return error instanceof MongoServerError && (error.code === COMMAND_NOT_FOUND || error.codeName === 'CommandNotFound');
}

/** 'pecgCounters' when the server counts (the embedded engine), else 'explain' (a real MongoDB). */
export function countingSource(client: MongoClient): Promise<ExaminedCounts['source']> {
  let mode = modes.get(client);
  if (!mode) {
    mode = client
      .db('admin')
      .command({ pecgCounters: 1 })
      .then(
        () => 'pecgCounters' as const,
        (error: unknown) => {
          if (isCommandNotFound(error)) return 'explain' as const;
          throw error;
        },
      );
    modes.set(client, mode);
  }
  return mode;
}

type NamespaceCounts = Record<string, { examined?: number; returned?: number }>;

async function readNamespaces(client: MongoClient): Promise<NamespaceCounts> {
  const reply = await client.db('admin').command({ pecgCounters: 1 });
  return (reply.namespaces ?? {}) as NamespaceCounts;
}

/** Examined/returned of the namespaces of one database: after − before. */
function difference(before: NamespaceCounts, after: NamespaceCounts, dbName: string): { examined: number; returned: number; wentBack: boolean } {
  let examined = 0;
  let returned = 0;
  let wentBack = false;
  for (const [namespace, counts] of Object.entries(after)) {
    if (!namespace.startsWith(`${dbName}.`)) continue;
    const earlier = before[namespace] ?? {};
    const e = Number(counts.examined ?? 0) - Number(earlier.examined ?? 0);
    const r = Number(counts.returned ?? 0) - Number(earlier.returned ?? 0);
    if (e < 0 || r < 0) wentBack = true;
    examined += e;
    returned += r;
  }
  return { examined, returned, wentBack };
}

function executingOperations(client: MongoClient, dbName: string): CountedOperations {
  const db = client.db(dbName);
  return {
    async find(collection, filter, options = {}) {
      await db.collection(collection).find(filter, options).toArray();
    },
    async aggregate(collection, pipeline) {
      await db.collection(collection).aggregate(pipeline).toArray();
    },
    async updateOne(collection, filter, update) {
      await db.collection(collection).updateOne(filter, update);
    },
  };
}

/** The statistics of a whole explained command (a sharded explain also lists them per shard: not summed). */
function executionStats(explained: Document): { examined: number; returned: number } {
  const top = explained.executionStats as Document | undefined;
  if (top && typeof top.totalDocsExamined === 'number') return { examined: top.totalDocsExamined, returned: Number(top.nReturned ?? 0) };
  // an aggregation that is not pushed down whole reports its query part under stages[].$cursor
  let examined = 0;
  let returned = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const stats = (node as Document).executionStats as Document | undefined;
    if (stats && typeof stats.totalDocsExamined === 'number') {
      examined += stats.totalDocsExamined;
      returned += Number(stats.nReturned ?? 0);
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(explained);
  return { examined, returned };
}

function explainingOperations(client: MongoClient, dbName: string, total: { examined: number; returned: number }): CountedOperations {
  const db = client.db(dbName);
  const explain = async (command: Document) => {
    let explained: Document;
    try {
      explained = await db.command({ explain: command, verbosity: 'executionStats' });
    } catch (error) {
      if (isCommandNotFound(error)) {
        throw new Error(
          'this server has neither the pecgCounters command nor explain: documents examined cannot be measured (the stock embedded engine; the extended one answers pecgCounters)',
        );
      }
      throw error;
    }
    const stats = executionStats(explained);
    total.examined += stats.examined;
    total.returned += stats.returned;
  };
  return {
    find: (collection, filter, options = {}) => explain({ find: collection, filter, ...options }),
    aggregate: (collection, pipeline) => explain({ aggregate: collection, pipeline, cursor: {} }),
    updateOne: (collection, filter, update) => explain({ update: collection, updates: [{ q: filter, u: update, multi: false }] }),
  };
}

/**
 * Runs `fn` and returns the documents examined and returned in database `dbName` while it ran. On the
 * engine's counters it reads them before and after (not a reset: other test files may measure at the
 * same time, and their databases are not counted); a measurement during which someone reset the
 * counters is repeated, so `fn` must be repeatable.
 */
export async function explainedCounts(client: MongoClient, dbName: string, fn: (ops: CountedOperations) => Promise<void>): Promise<ExaminedCounts> {
  const source = await countingSource(client);
  if (source === 'explain') {
    const total = { examined: 0, returned: 0 };
    await fn(explainingOperations(client, dbName, total));
    return { ...total, source };
  }
  for (let attempt = 0; ; attempt++) {
    const before = await readNamespaces(client);
    await fn(executingOperations(client, dbName));
    const { examined, returned, wentBack } = difference(before, await readNamespaces(client), dbName);
    if (!wentBack) return { examined, returned, source };
    if (attempt === 2) throw new Error('the engine counters were reset during three measurements in a row');
  }
}
