import mongoose from 'mongoose';
import { demoEnterpriseId, demoId } from '@pecg/demo';
import { dropDatabase, startTestSubgraph, testMongoUri, uniqueDatabaseName } from '@pecg/testing';
import { mediationSubgraph } from '../src';

describe('mediation demo data over a database left by the first skeleton', () => {
  it('starts, and brings the skeleton-era disputes up to date', async () => {
    const database = uniqueDatabaseName('mediation_upgrade');
    const connection = await mongoose.createConnection(testMongoUri(), { dbName: database }).asPromise();
    await connection.db!.collection('disputes').insertMany(
      Array.from({ length: 12 }, (_, i) => ({
        _id: demoId('dispute', i + 1),
        title: `涉企劳资纠纷 ${i + 1}`,
        kind: 'ENTERPRISE_RELATED',
        level: 'GRID',
        resolved: i % 4 !== 0,
        enterpriseIds: [demoEnterpriseId(i + 1)],
        reportedAt: new Date(Date.UTC(2023, i % 12, 10)),
      })),
    );
    await connection.close();
    const graph = await startTestSubgraph(mediationSubgraph, { seed: true, database });
    try {
      const { data, errors } = await graph.query(
        `query ($id: ID!) { dispute(id: $id) { status channelLabel version parties { role } } disputeStatistics { total } }`,
        { id: demoId('dispute', 1).toHexString() },
      );
      expect(errors).toBeUndefined();
      expect(data!.dispute).toMatchObject({ status: 'CLOSED', channelLabel: '网格巡查', parties: [{ role: 'APPLICANT' }, { role: 'RESPONDENT' }] });
      expect(data!.disputeStatistics.total).toBe(132);
      expect(await mediationSubgraph.seedDemo!(graph.models)).toEqual({ created: 0 });
    } finally {
      await graph.stop();
      await dropDatabase(database);
    }
  });
});
