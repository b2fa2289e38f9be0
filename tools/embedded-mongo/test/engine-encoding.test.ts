import { Binary, BSON, BSONRegExp, Code, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, UUID, type Document } from 'mongodb';
import { oursAndStock } from './support/stock-server';

/**
 * The extension writes its replies with its own BSON encoder (pecg.embedded.Bson), not stock's
 * BsonEncoder: the same stored documents must come back from stock mongo-java-server 1.47.0 and from
 * the extended engine as the same bytes (the driver's `raw` option hands over each document as the
 * server wrote it) — every BSON type the engine stores, ASCII, Latin-1, CJK and emoji (surrogate pairs) in
 * values and field names, empty and nested documents and arrays, an array longer than 1 000 elements,
 * and a reply larger than the encoder's first buffer.
 */

function documents(): Document[] {
  const rows: Document[] = [
    {
      _id: 'all-types',
      double: new Double(1.5),
      negativeZero: new Double(-0),
      string: 'plain',
      chinese: '一企一警 调解',
      emoji: 'ok 👍 done',
      latin: 'Zoë Ångström · №5',
      mixed: 'Zoë · 阿依·买买提 — №5',
      empty: '',
      document: { a: 1, nested: { deeper: ['x', { y: null }] } },
      emptyDocument: {},
      array: [1, 'two', new Double(3), [4, [5]], { six: 6 }],
      emptyArray: [],
      binary: new Binary(Buffer.from([0, 1, 2, 250]), 0),
      uuid: new UUID('0f8fad5b-d9cb-469f-a165-70867728950e'),
      objectId: new ObjectId('64b7f0f0a1b2c3d4e5f60718'),
      yes: true,
      no: false,
      date: new Date(Date.UTC(2026, 11, 2, 8, 30)),
      beforeEpoch: new Date(Date.UTC(1960, 0, 1)),
      null: null,
      regex: new BSONRegExp('^企业', 'i'),
      int32: new Int32(-7),
      int64: Long.fromString('9007199254740993'),
      timestamp: new Timestamp({ t: 1_700_000_000, i: 3 }),
      decimal: Decimal128.fromString('12.345'),
      min: new MinKey(),
      max: new MaxKey(),
      code: new Code('function () { return 1; }'),
      字段名: '中文字段名',
      'key 😀': 'emoji in a field name',
    },
    { _id: new ObjectId('64b7f0f0a1b2c3d4e5f60719'), long: Array.from({ length: 1_205 }, (_, i) => (i % 2 ? `v${i}` : i)) },
  ];
  // a document larger than the encoder's first 64 KiB buffer
  rows.push({ _id: 'large', text: '征'.repeat(40_000), items: Array.from({ length: 2_000 }, (_, i) => ({ i, name: `item ${i}` })) });
  for (let i = 0; i < 50; i++) rows.push({ _id: `row${i}`, n: i, label: `第${i}号`, at: new Date(Date.UTC(2026, 0, 1 + i)) });
  return rows;
}

describe('embedded engine: replies are the bytes stock mongo-java-server writes', () => {
  const engines = oursAndStock('encoding');

  it('returns every stored document as the same BSON bytes', async () => {
    const docs = documents();
    await engines.run(async (ours, stock) => {
      const mine = ours.db('e').collection('rows');
      await mine.insertMany(docs.map((d) => ({ ...d })));
      const reference = stock.db('e').collection('rows');
      await reference.insertMany(docs.map((d) => ({ ...d })));
      const bytes = async (rows: Promise<unknown[]>) => (await rows).map((raw) => Buffer.from(raw as Uint8Array).toString('hex'));
      for (const [filter, projection] of [
        [{}, undefined],
        [{ _id: 'all-types' }, undefined],
        [{ n: { $gte: 10 } }, { label: 1, at: 1 }],
      ] as Array<[Document, Document | undefined]>) {
        const expected = await bytes(reference.find(filter, { raw: true, projection }).sort({ _id: 1 }).toArray());
        const actual = await bytes(mine.find(filter, { raw: true, projection }).sort({ _id: 1 }).toArray());
        expect(actual.length).toBe(expected.length);
        expect(actual.length).toBeGreaterThan(0);
        for (let i = 0; i < expected.length; i++) {
          // on a difference: the document both engines wrote, decoded, and the first differing byte
          if (actual[i] !== expected[i]) {
            const at = [...actual[i]].findIndex((c, k) => c !== expected[i][k]);
            expect({ filter, document: BSON.deserialize(Buffer.from(expected[i], 'hex')), firstDifferentHexDigit: at }).toBeUndefined();
          }
        }
      }
    });
  }, 120_000);
});
