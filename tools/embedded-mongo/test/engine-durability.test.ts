import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '..';

/**
 * Durability of the embedded engine's file store: several writers insert documents and increment
 * counters (findOneAndUpdate $inc, upserted), the engine is killed with SIGKILL after a number of
 * acknowledged writes (counted by the writers, no timing involved), restarted on the same file, and
 * every acknowledged write must be there exactly once — also through its index entries, which a
 * half-applied write would lack. Several rounds, each continuing on the file the last one left.
 */

const WRITERS = 4;
const ROUNDS = 3;
const KILL_AFTER = 250; // acknowledged writes per round

interface Acknowledged {
  /** _id of every acknowledged insert. */
  inserted: string[];
  /** Per writer: the highest counter value an acknowledged $inc returned. */
  counter: number[];
}

async function writeUntilKilled(engine: EmbeddedDatabase, round: number, acknowledged: Acknowledged): Promise<void> {
  const client = new MongoClient(engine.uri, { maxPoolSize: WRITERS * 2, retryWrites: false, retryReads: false, serverSelectionTimeoutMS: 2000 });
  await client.connect();
  const items = client.db('durability').collection('items');
  const counters = client.db('durability').collection('counters');
  let acks = 0;
  let killing: Promise<void> | undefined;
  const acked = () => {
    acks++;
    if (acks === KILL_AFTER) killing = engine.kill('SIGKILL');
  };
  const writer = async (w: number) => {
    for (let i = 0; ; i++) {
      try {
        if (i % 3 === 2) {
          const result = await counters.findOneAndUpdate({ _id: `writer-${w}` as never }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' });
          acknowledged.counter[w] = Math.max(acknowledged.counter[w], Number(result?.n));
        } else {
          const id = `r${round}-w${w}-${i}`;
          await items.insertOne({ _id: id as never, writer: w, round, i, bucket: i % 7, payload: 'x'.repeat(200) });
          acknowledged.inserted.push(id);
        }
        acked();
      } catch {
        return; // the engine is gone
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  await killing;
  await client.close(true).catch(() => undefined);
}

describe('embedded engine: durability under SIGKILL', () => {
  it('keeps every acknowledged write exactly once, with its index entries, across killed rounds', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-durability-'));
    const acknowledged: Acknowledged = { inserted: [], counter: Array.from({ length: WRITERS }, () => 0) };
    try {
      let engine = await startEmbeddedDatabase({ dataDir });
      let client = await MongoClient.connect(engine.uri);
      await client.db('durability').collection('items').createIndex({ writer: 1, bucket: 1 });
      await client.db('durability').collection('items').createIndex({ bucket: 1 });
      await client.close();
      for (let round = 0; round < ROUNDS; round++) {
        await writeUntilKilled(engine, round, acknowledged);
        engine = await startEmbeddedDatabase({ dataDir });
        client = await MongoClient.connect(engine.uri);
        const items = client.db('durability').collection('items');

        // every acknowledged insert, found through the _id index, once
        const found = await items.find({ _id: { $in: acknowledged.inserted as never[] } }, { projection: { _id: 1 } }).toArray();
        expect(found.length).toBe(acknowledged.inserted.length);

        // a full scan (a range filter no index serves) and the secondary indexes agree
        const scanned = (await items.find({ i: { $gte: 0 } }, { projection: { _id: 1, writer: 1, bucket: 1 } }).toArray()).map(
          (d) => d as unknown as { _id: string; writer: number; bucket: number },
        );
        expect(new Set(scanned.map((d) => d._id)).size).toBe(scanned.length);
        const scannedIds = new Set(scanned.map((d) => d._id));
        expect(acknowledged.inserted.filter((id) => !scannedIds.has(id))).toEqual([]);
        // besides, at most the inserts in flight at the kill (one per writer)
        expect(scanned.length - acknowledged.inserted.length).toBeLessThanOrEqual(WRITERS);
        for (let w = 0; w < WRITERS; w++) {
          const byIndex = (await items.find({ writer: w }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).sort();
          expect(byIndex).toEqual(
            scanned
              .filter((d) => d.writer === w)
              .map((d) => d._id)
              .sort(),
          );
        }
        for (let bucket = 0; bucket < 7; bucket++) {
          const byIndex = (await items.find({ bucket: { $in: [bucket] } }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).sort();
          expect(byIndex).toEqual(
            scanned
              .filter((d) => d.bucket === bucket)
              .map((d) => d._id)
              .sort(),
          );
        }
        expect(await items.countDocuments({ _id: { $in: scanned.map((d) => d._id) as never[] } })).toBe(scanned.length);

        // every acknowledged increment (and at most the one in flight)
        const counters = await client.db('durability').collection('counters').find({}).toArray();
        for (let w = 0; w < WRITERS; w++) {
          const n = Number(counters.find((c) => c._id === (`writer-${w}` as never))?.n ?? 0);
          expect(n).toBeGreaterThanOrEqual(acknowledged.counter[w]);
          expect(n).toBeLessThanOrEqual(acknowledged.counter[w] + 1);
          acknowledged.counter[w] = n; // what the next round continues from
        }
        for (const d of scanned) if (!acknowledged.inserted.includes(d._id)) acknowledged.inserted.push(d._id);
        await client.close();
      }
      await engine.stop();
      // the file stays small: compaction keeps up with a commit per write
      expect(fs.statSync(path.join(dataDir, 'embedded-mongo.mv')).size).toBeLessThan(64 * 1024 * 1024);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
