/**
 * Measures the embedded engine on the issue-9 workload (not part of CI):
 * 100 000 documents of ~1 KB over 2 000 enterprise ids, in a file store.
 *
 *   npx tsx tools/embedded-mongo/measure.ts                 # starts our engine (file store, temp dir)
 *   npx tsx tools/embedded-mongo/measure.ts --uri mongodb://127.0.0.1:PORT/   # any running server,
 *       e.g. stock mongo-java-server: java -cp '.tools/embedded-mongo/lib/*:DIR' EmbeddedMongo --file F
 *   options: --docs N (100000) --cache-mb N (256)
 *
 * Prints the median of each measurement in ms (reads and single updates), inserts/s of one client
 * doing insertOne in a loop, and — on our engine — the counters of each read.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as Mongo from 'mongodb';

const requireFromCommon = createRequire(path.join(__dirname, '..', '..', 'packages', 'common', 'package.json'));
const { MongoClient } = requireFromCommon('mongodb') as typeof Mongo;

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const DOCS = Number(option('docs') ?? 100_000);
const ENTERPRISES = 2_000;
const STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CLOSED'];

async function median(label: string, fn: (i: number) => Promise<unknown>, { runs = 30, budgetMs = 15_000 } = {}): Promise<number> {
  const times: number[] = [];
  const deadline = Date.now() + budgetMs;
  await fn(-1); // warm-up
  for (let i = 0; i < runs && (i < 3 || Date.now() < deadline); i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const result = times[Math.floor(times.length / 2)];
  process.stdout.write(`${label}: ${result.toFixed(2)} ms (median of ${times.length})\n`);
  return result;
}

async function main(): Promise<void> {
  let uri = option('uri');
  let stop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!uri) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startEmbeddedDatabase } = require('./launch') as typeof import('./launch');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-measure-'));
    const engine = await startEmbeddedDatabase({ dataDir, cacheMb: Number(option('cache-mb') ?? 256) });
    uri = engine.uri;
    stop = () => engine.stop();
  }
  const client = await MongoClient.connect(uri, { directConnection: true });
  const db = client.db('measure');
  const apps = db.collection('applications');
  await db.dropDatabase();
  await apps.createIndex({ enterpriseId: 1 });
  await apps.createIndex({ status: 1, enterpriseId: 1 });
  await apps.createIndex({ createdAt: 1 });
  const filler = 'x'.repeat(800);
  let loadMs = Date.now();
  for (let start = 0; start < DOCS; start += 1000) {
    const batch = [];
    for (let i = start; i < Math.min(DOCS, start + 1000); i++) {
      batch.push({
        _id: `app-${i}` as never,
        enterpriseId: `ent-${i % ENTERPRISES}`,
        status: STATUSES[i % STATUSES.length],
        version: 1,
        createdAt: new Date(1_700_000_000_000 + i * 1000),
        title: `application ${i}`,
        filler,
      });
    }
    await apps.insertMany(batch, { ordered: false });
  }
  loadMs = Date.now() - loadMs;
  process.stdout.write(`loaded ${DOCS} documents in ${loadMs} ms\n`);
  const counters = async () => {
    try {
      const reply = await client.db('admin').command({ pecgCounters: 1, reset: true });
      const ns = reply.namespaces['measure.applications'] ?? {};
      return `examined ${ns.examined}, returned ${ns.returned}`;
    } catch {
      return 'no counters';
    }
  };
  const pick = (i: number) => `ent-${(i * 7919 + 13) % ENTERPRISES}`;
  await counters();
  await median('find({ enterpriseId })', (i) => apps.find({ enterpriseId: pick(i) }).toArray());
  process.stdout.write(`  ${await counters()}\n`);
  await median(
    'find({ enterpriseId: { $in: 50 ids } })',
    (i) => apps.find({ enterpriseId: { $in: Array.from({ length: 50 }, (_, k) => pick(i * 50 + k)) } }).toArray(),
    { runs: 15 },
  );
  process.stdout.write(`  ${await counters()}\n`);
  await median('find({ status, enterpriseId })', (i) => apps.find({ status: 'SUBMITTED', enterpriseId: pick(i) }).toArray());
  process.stdout.write(`  ${await counters()}\n`);
  await median('aggregate $match enterpriseId + $sort + $limit 5', (i) =>
    apps.aggregate([{ $match: { enterpriseId: pick(i) } }, { $sort: { createdAt: -1 } }, { $limit: 5 }]).toArray(),
  );
  process.stdout.write(`  ${await counters()}\n`);
  await median(
    'aggregate latest 5 per enterprise for 50 enterprises ($in, $sort, $group $push, $project $slice)',
    (i) =>
      apps
        .aggregate([
          { $match: { enterpriseId: { $in: Array.from({ length: 50 }, (_, k) => pick(i * 50 + k)) } } },
          { $sort: { createdAt: -1 } },
          { $group: { _id: '$enterpriseId', items: { $push: '$$ROOT' } } },
          { $project: { items: { $slice: ['$items', 5] } } },
        ])
        .toArray(),
    { runs: 15 },
  );
  process.stdout.write(`  ${await counters()}\n`);
  await median('find({}).sort({ createdAt: -1, _id: -1 }).limit(51) (a first page)', () => apps.find({}).sort({ createdAt: -1, _id: -1 }).limit(51).toArray());
  process.stdout.write(`  ${await counters()}\n`);
  await median(
    'updateOne({ _id, version })',
    async (i) => {
      const id = `app-${(i + 1) * 37}`;
      const doc = await apps.findOne({ _id: id as never }, { projection: { version: 1 } });
      await apps.updateOne({ _id: id as never, version: doc!.version }, { $inc: { version: 1 } });
    },
    { runs: 50 },
  );
  process.stdout.write(`  ${await counters()} (findOne + updateOne)\n`);
  const inserts = db.collection('inserts');
  const insertStart = Date.now();
  let inserted = 0;
  while (Date.now() - insertStart < 5_000) {
    await inserts.insertOne({ n: inserted++, enterpriseId: `ent-${inserted % ENTERPRISES}`, filler });
  }
  process.stdout.write(`inserts/s, one client, insertOne: ${Math.round((inserted * 1000) / (Date.now() - insertStart))}\n`);
  const fileSize = () => (dataDir ? `${(fs.statSync(path.join(dataDir, 'embedded-mongo.mv')).size / 1e6).toFixed(1)} MB` : 'n/a');
  process.stdout.write(`file size: ${fileSize()}\n`);
  const updateStart = Date.now();
  let updates = 0;
  while (Date.now() - updateStart < 15_000) {
    await apps.updateOne({ _id: `app-${(updates * 7919) % DOCS}` as never }, { $inc: { version: 1 }, $set: { title: `updated ${updates}` } });
    updates++;
  }
  process.stdout.write(`updates/s, one client, 15 s: ${Math.round((updates * 1000) / (Date.now() - updateStart))}; file size after: ${fileSize()}\n`);
  await client.close();
  await stop?.();
  if (dataDir) {
    // reopening rebuilds the in-memory secondary indexes from the data
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startEmbeddedDatabase } = require('./launch') as typeof import('./launch');
    const reopenStart = Date.now();
    const engine = await startEmbeddedDatabase({ dataDir, cacheMb: Number(option('cache-mb') ?? 256) });
    process.stdout.write(`restart with ${DOCS} documents and 3 secondary indexes: ${Date.now() - reopenStart} ms\n`);
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
