import mongoose from 'mongoose';
import { demoEnterpriseId, demoId, demoOfficerId } from '@pecg/demo';
import { dropDatabase, startTestSubgraph, testMongoUri, uniqueDatabaseName } from '@pecg/testing';
import { activitiesSubgraph } from '../src';

describe('activities demo data over a database left by the first skeleton', () => {
  it('starts, and brings the skeleton-era training, venues and registrations up to date', async () => {
    const database = uniqueDatabaseName('activities_upgrade');
    const connection = await mongoose.createConnection(testMongoUri(), { dbName: database }).asPromise();
    const db = connection.db!;
    await db.collection('venues').insertOne({ _id: demoId('venue', 2), name: '党建活动室' });
    await db.collection('activities').insertOne({
      _id: demoId('activity', 1),
      title: '知识产权保护及风险防范培训',
      kind: 'TRAINING',
      startsAt: new Date('2023-08-07T14:30:00+08:00'),
      venueId: demoId('venue', 2),
      organizerId: demoOfficerId(1),
    });
    await db.collection('registrations').insertMany(
      Array.from({ length: 24 }, (_, i) => ({
        _id: demoId('registration', i + 1),
        activityId: demoId('activity', 1),
        enterpriseId: demoEnterpriseId(i + 1),
      })),
    );
    await connection.close();
    const graph = await startTestSubgraph(activitiesSubgraph, { seed: true, database });
    try {
      const { data, errors } = await graph.query(
        `query ($id: ID!) { activity(id: $id) { status seatsTaken venue { seats } registrations(first: 1) { totalCount edges { node { personName status } } } } }`,
        { id: demoId('activity', 1).toHexString() },
      );
      expect(errors).toBeUndefined();
      expect(data!.activity).toMatchObject({
        status: 'COMPLETED',
        seatsTaken: 24,
        venue: { seats: 42 },
        registrations: { totalCount: 24, edges: [{ node: { status: 'ATTENDED' } }] },
      });
      expect(await activitiesSubgraph.seedDemo!(graph.models)).toEqual({ created: 0 });
    } finally {
      await graph.stop();
      await dropDatabase(database);
    }
  });
});
