import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase } from '..';

describe('embedded database', () => {
  it('starts on a loopback port, answers ping, and keeps data across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-db-'));
    const first = await startEmbeddedDatabase({ dataDir, port: 0 });
    expect(first.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\//);
    let client = await MongoClient.connect(first.uri);
    await client.db('persist').collection('things').insertOne({ name: '警企议事室' });
    await client.close();
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir, port: 0 });
    client = await MongoClient.connect(second.uri);
    const found = await client.db('persist').collection('things').findOne({ name: '警企议事室' });
    await client.close();
    await second.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(found?.name).toBe('警企议事室');
  });

  it('takes the file store options (cache, fsync, compaction) and exposes its process', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-db-'));
    const db = await startEmbeddedDatabase({ dataDir, cacheMb: 32, fsync: true, compactIntervalMs: 50 });
    expect(db.pid).toBeGreaterThan(0);
    const client = await MongoClient.connect(db.uri);
    const things = client.db('options').collection('things');
    await things.insertMany(Array.from({ length: 200 }, (_, i) => ({ i, text: 'x'.repeat(500) })));
    await things.updateMany({}, { $set: { text: 'y'.repeat(500) } });
    expect(await things.countDocuments({ text: 'y'.repeat(500) })).toBe(200);
    await client.close();
    await db.kill('SIGKILL');
    const again = await startEmbeddedDatabase({ dataDir });
    const reopened = await MongoClient.connect(again.uri);
    expect(
      await reopened
        .db('options')
        .collection('things')
        .countDocuments({ text: 'y'.repeat(500) }),
    ).toBe(200);
    await reopened.close();
    await again.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
