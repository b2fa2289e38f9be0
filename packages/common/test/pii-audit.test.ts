import { connectDatabase, ensureIndexes, type DatabaseHandle } from '../src/db/connection';
import type { Caller } from '../src/identity';
import { AUDIT_GENESIS_HASH, appendPiiAudit, PiiGate, piiAuditModel, verifyPiiAuditChain, type PiiAuditRecord } from '../src/pii-audit';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';

/** The PII audit log on the real database: one record per entity read in the clear, hash-chained, tamper-evident. */
describe('the PII audit log', () => {
  const dbName = uniqueDatabaseName('pii_audit');
  let db: DatabaseHandle;
  const model = () => piiAuditModel(db.connection);
  const police: Caller = { subject: 'police-1', role: 'POLICE' };
  const record = (n: number): PiiAuditRecord => ({
    subject: `s-${n}`,
    role: 'POLICE',
    requestId: `r-${n}`,
    entity: 'Dispute',
    entityId: `d-${n}`,
    fields: ['phone'],
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
  });

  beforeAll(async () => {
    db = await connectDatabase(testMongoUri(), dbName);
    piiAuditModel(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(dbName);
  });
  beforeEach(async () => {
    await model().deleteMany({});
  });

  it('records one entry per entity read in the clear, with every field read, once per request', async () => {
    const gate = new PiiGate(police, 'req-7');
    gate.reveal('NAME', '张三丰', 'Dispute', 'p1', 'parties.0.name');
    gate.reveal('PHONE', '13812345678', 'Dispute', 'p1', 'parties.0.phone');
    gate.reveal('PHONE', '13812345678', 'Dispute', 'p1', 'parties.0.phone');
    gate.reveal('NAME', '李四', 'Dispute', 'p2', 'parties.0.name');
    gate.reveal('PHONE', null, 'Dispute', 'p3', 'parties.0.phone'); // nothing read: nothing audited
    await gate.flush(model());
    await gate.flush(model()); // flushed records are not written twice
    const rows = await model().find({}).sort({ seq: 1 }).lean();
    expect(rows.map(({ subject, role, requestId, entity, entityId, fields, seq }) => ({ subject, role, requestId, entity, entityId, fields, seq }))).toEqual([
      { subject: 'police-1', role: 'POLICE', requestId: 'req-7', entity: 'Dispute', entityId: 'p1', fields: ['parties.0.name', 'parties.0.phone'], seq: 1 },
      { subject: 'police-1', role: 'POLICE', requestId: 'req-7', entity: 'Dispute', entityId: 'p2', fields: ['parties.0.name'], seq: 2 },
    ]);
    expect(rows[0].prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(rows[1].prevHash).toBe(rows[0].hash);
  });

  it('writes nothing for a caller who only got masked values', async () => {
    const gate = new PiiGate({ subject: 'a', role: 'ANALYST' }, 'req-8');
    expect(gate.reveal('PHONE', '13812345678', 'Dispute', 'p1', 'parties.0.phone')).toBe('138****5678');
    await gate.flush(model());
    expect(await model().countDocuments({})).toBe(0);
  });

  it('concurrent writers extend one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => appendPiiAudit(model(), [record(i * 2), record(i * 2 + 1)])));
    const report = await verifyPiiAuditChain(model());
    expect(report).toEqual({ checked: 24 });
    expect((await model().find({}).sort({ seq: 1 }).lean()).map((r) => r.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('detects a changed record, a removed record and a forged link', async () => {
    await appendPiiAudit(model(), [1, 2, 3, 4, 5].map(record));
    expect(await verifyPiiAuditChain(model())).toEqual({ checked: 5 });

    await model().collection.updateOne({ seq: 3 }, { $set: { subject: 'someone-else' } });
    expect((await verifyPiiAuditChain(model())).brokenAt).toEqual({ seq: 3, reason: 'contents do not match the hash' });
    await model().collection.updateOne({ seq: 3 }, { $set: { subject: 's-3' } });
    expect(await verifyPiiAuditChain(model())).toEqual({ checked: 5 });

    await model().collection.deleteOne({ seq: 2 });
    expect((await verifyPiiAuditChain(model())).brokenAt).toEqual({ seq: 3, reason: 'record 2 is missing' });
  });

  it('keeps records for the retention period with a TTL index (PII_AUDIT_RETENTION_DAYS, default 180)', async () => {
    const indexes = await model().collection.indexes();
    expect(indexes.find((i) => i.key.at === 1 && Object.keys(i.key).length === 1)?.expireAfterSeconds).toBe(180 * 86_400);
    expect(indexes.find((i) => i.key.seq === 1)?.unique).toBe(true);
  });
});
