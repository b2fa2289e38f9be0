import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase } from '.';
async function main() {
  const e = await startEmbeddedDatabase({});
  const c = await MongoClient.connect(e.uri);
  const col = c.db('x').collection('a');
  await col.createIndex({ category: 1, name: 1, _id: 1 }); await col.createIndex({ name: 1, _id: 1 });
  await col.insertMany(Array.from({ length: 50 }, (_, i) => ({ category: i % 2 ? 'A' : 'B', name: `n${i}` })));
  for (const q of [{ category: { $in: ['A'] } }, { category: 'A' }, { $and: [{ category: { $in: ['A', 'B'] } }, { category: 'B' }] }]) {
    try { console.log((await col.find(q).sort({ name: 1, _id: 1 }).limit(21).toArray()).length); } catch (err) { console.log('ERR', (err as Error).message); }
  }
  await c.close(); await e.stop();
}
main();
