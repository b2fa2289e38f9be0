import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId } from 'mongodb';

import { ensureEmbeddedDatabaseInstalled, JAVA_DIR, startEmbeddedDatabase } from '..';
import { explainedCounts } from '@pecg/testing';

/**
 * A store written by stock mongo-java-server 1.47.0 (documents Java-serialised, its own unique-index
 * maps) opens in the extended engine: every document comes back equal, its collection is converted
 * to BSON once, the indexes answer (rebuilt from the data), and a unique index still refuses a
 * duplicate — also after a second restart, when the converted store is read again.
 */

const STOCK_SERVER = path.join(__dirname, '..', 'test-support', 'StockServer.java');

async function withStockServer(file: string, fn: (uri: string) => Promise<void>): Promise<void> {
  const child = spawn('java', ['-cp', path.join(JAVA_DIR, 'lib', '*'), STOCK_SERVER, file], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`stock server exited with ${code}: ${output.slice(-1500)}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  try {
    await fn(`mongodb://127.0.0.1:${port}/?directConnection=true`);
  } finally {
    child.stdin.end(); // the stock server shuts down and closes (commits) its store
    expect(await exited).toBe(0);
  }
}

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
