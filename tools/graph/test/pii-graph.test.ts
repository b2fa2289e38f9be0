import { demoEnterpriseId } from '@pecg/demo';
import { piiAuditModel } from '@pecg/common';
import { startTestGraph, type TestGraph } from '../src';

/**
 * Personal information of the real graph through the gateway (enterprise contacts, dispute parties):
 * clear and audited for roles that need it, masked and not audited for ANALYST and ENTERPRISE users.
 */
const CONTACTS = 'query ($id: ID!) { enterprise(id: $id) { id contacts { name phone } } }';
const PARTIES = '{ disputes(first: 3) { edges { node { id parties { name phone idNumber } } } } }';
const MASKED_NAME = /^.\*+$/u;
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;
const MASKED_ID = /^\d{4}\*{10}[\dX]{4}$/;

describe('access and PII of the real graph through the gateway', () => {
  let graph: TestGraph;
  const id = demoEnterpriseId(1).toHexString();
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'mediation'] });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('ADMIN reads enterprise contacts in the clear and the read is audited (who, which record, which fields)', async () => {
    const { data, errors } = await graph.query(CONTACTS, { id }, { role: 'ADMIN', subject: 'admin-pii-1' });
    expect(errors).toBeUndefined();
    const contacts = data!.enterprise.contacts as Array<{ name: string; phone: string }>;
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts[0].phone).toMatch(/^1\d{10}$/);
    const records = await piiAuditModel(graph.subgraphs.enterprises.db.connection).find({ subject: 'admin-pii-1' }).lean();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ role: 'ADMIN', entity: 'Enterprise', entityId: id });
    expect(records[0].fields).toEqual(expect.arrayContaining(['contacts.0.name', 'contacts.0.phone']));
  });

  it("an ENTERPRISE user reads its own enterprise's contacts in the clear, and the read is audited", async () => {
    const { data, errors } = await graph.query(CONTACTS, { id }, { role: 'ENTERPRISE', enterpriseId: id, subject: 'pii-own' });
    expect(errors).toBeUndefined();
    expect(data!.enterprise.contacts.length).toBeGreaterThan(0);
    expect(data!.enterprise.contacts[0].phone).toMatch(/^1\d{10}$/);
    expect(await piiAuditModel(graph.subgraphs.enterprises.db.connection).countDocuments({ subject: 'pii-own', entity: 'Enterprise', entityId: id })).toBe(1);
  });

  it.each(['ANALYST', 'MEDIATOR'] as const)('%s gets enterprise contacts masked and leaves no audit record', async (role) => {
    const caller = { role, subject: `pii-${role}` };
    const { data, errors } = await graph.query(CONTACTS, { id }, caller);
    expect(errors).toBeUndefined();
    expect(data!.enterprise.contacts.length).toBeGreaterThan(0);
    for (const contact of data!.enterprise.contacts as Array<{ name: string; phone: string }>) {
      expect(contact.name).toMatch(MASKED_NAME);
      expect(contact.phone).toMatch(MASKED_PHONE);
    }
    expect(await piiAuditModel(graph.subgraphs.enterprises.db.connection).countDocuments({ subject: `pii-${role}` })).toBe(0);
  });

  it('MEDIATOR reads dispute parties in the clear (audited); ANALYST gets ID numbers as 5101**********1234', async () => {
    const clear = await graph.query(PARTIES, {}, { role: 'MEDIATOR', subject: 'mediator-pii' });
    expect(clear.errors).toBeUndefined();
    const parties = clear.data!.disputes.edges.flatMap((e: any) => e.node.parties) as Array<{ idNumber: string | null }>;
    expect(parties.some((p) => p.idNumber && /^\d{17}[\dX]$/.test(p.idNumber))).toBe(true);
    expect(await piiAuditModel(graph.subgraphs.mediation.db.connection).countDocuments({ subject: 'mediator-pii', entity: 'Dispute' })).toBe(
      clear.data!.disputes.edges.length,
    );

    const masked = await graph.query(PARTIES, {}, { role: 'ANALYST', subject: 'analyst-pii' });
    expect(masked.errors).toBeUndefined();
    const maskedParties = masked.data!.disputes.edges.flatMap((e: any) => e.node.parties) as Array<{
      name: string;
      phone: string | null;
      idNumber: string | null;
    }>;
    expect(maskedParties.length).toBe(parties.length);
    for (const party of maskedParties) {
      expect(party.name).toMatch(MASKED_NAME);
      if (party.phone) expect(party.phone).toMatch(MASKED_PHONE);
      if (party.idNumber) expect(party.idNumber).toMatch(MASKED_ID);
    }
    expect(await piiAuditModel(graph.subgraphs.mediation.db.connection).countDocuments({ subject: 'analyst-pii' })).toBe(0);
  });

  it('denies writes to ANALYST (FORBIDDEN); to an ENTERPRISE user another enterprise does not exist (NOT_FOUND, no owner named)', async () => {
    const other = demoEnterpriseId(2).toHexString();
    const UPDATE = 'mutation ($id: ID!) { updateEnterprise(id: $id, expectedVersion: 1, input: { address: "x" }) { id } }';
    const analyst = await graph.query(UPDATE, { id }, 'ANALYST');
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreign = await graph.query(UPDATE, { id: other }, { role: 'ENTERPRISE', enterpriseId: id });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).not.toContain(id);
    expect(foreign.data).toBeNull();
  });

  it("shows an ENTERPRISE user only its own enterprise's records in lists", async () => {
    const LIST = '{ serviceNeeds(first: 100) { totalCount edges { node { enterprise { id } } } } }';
    const all = await graph.query(LIST, {}, 'ADMIN');
    const own = await graph.query(LIST, {}, { role: 'ENTERPRISE', enterpriseId: id });
    expect(own.errors).toBeUndefined();
    const ids = new Set(all.data!.serviceNeeds.edges.map((e: any) => e.node.enterprise.id));
    expect(ids.size).toBeGreaterThan(1);
    expect(own.data!.serviceNeeds.totalCount).toBeGreaterThan(0);
    expect(own.data!.serviceNeeds.edges.map((e: any) => e.node.enterprise.id).every((e: string) => e === id)).toBe(true);
    expect(own.data!.serviceNeeds.totalCount).toBeLessThan(all.data!.serviceNeeds.totalCount);
  });
});
