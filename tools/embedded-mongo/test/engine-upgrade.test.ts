import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId } from 'mongodb';

import { ensureEmbeddedDatabaseInstalled, startEmbeddedDatabase } from '..';
import { withStockServer } from './support/stock-server';
import { explainedCounts } from '@pecg/testing';

/**
 * A store written by stock mongo-java-server 1.47.0 (documents Java-serialised, its own unique-index
 * maps) opens in the extended engine: every document comes back equal, its collection is converted
 * to BSON once, the indexes answer (rebuilt from the data), and a unique index still refuses a
 * duplicate — also after a second restart, when the converted store is read again.
 */

function documents() {
  return Array.from({ length: 300 }, (_, i) => ({
    _id: new ObjectId(),
    code: `C${String(i).padStart(4, '0')}`,
    enterpriseId: `e${i % 30}`,
    n: i % 7 === 0 ? 1.5 : i,
    at: new Date(Date.UTC(2024, i % 12, 1 + (i % 28))),
    name: `企业 ${i}`,
    tags: [`t${i % 3}`, `t${i % 5}`],
    nested: { level: i % 4, note: i % 2 ? null : 'x' },
  }));
}

describe('embedded engine: a store written by stock mongo-java-server', () => {
  let dir: string;
  beforeAll(() => {
    ensureEmbeddedDatabaseInstalled();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-upgrade-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens with every document equal, its indexes answering and its unique index enforced', async () => {
    const file = path.join(dir, 'embedded-mongo.mv');
    const docs = documents();
    await withStockServer(file, async (uri) => {
      const client = new MongoClient(uri);
      await client.connect();
      try {
        const items = client.db('upgrade').collection('items');
        await items.createIndex({ enterpriseId: 1, at: -1 });
        await items.createIndex({ code: 1 }, { unique: true });
        await items.insertMany(docs);
      } finally {
        await client.close();
      }
    });

    for (const round of [1, 2]) {
      const engine = await startEmbeddedDatabase({ dataDir: dir });
      const client = new MongoClient(engine.uri);
      await client.connect();
      try {
        const items = client.db('upgrade').collection('items');
        const stored = await items.find({}).sort({ _id: 1 }).toArray();
        expect(stored).toEqual([...docs].sort((a, b) => a._id.toHexString().localeCompare(b._id.toHexString())));
        const expected = docs.filter((d) => d.enterpriseId === 'e7').length;
        const counts = await explainedCounts(client, 'upgrade', (ops) => ops.find('items', { enterpriseId: 'e7' }));
        expect(counts.returned).toBe(expected);
        expect(counts.examined).toBeLessThanOrEqual(2 * expected);
        expect(await items.findOne({ code: 'C0123' })).toMatchObject({ name: '企业 123' });
        await expect(items.insertOne({ code: 'C0005', round })).rejects.toMatchObject({ code: 11000 });
      } finally {
        await client.close();
        await engine.stop();
      }
    }
  });
});
