import { demoEnterpriseId, demoId, demoIdNumber, demoPersonName, demoPhone, insertInBatches, pick, randomInt, seededRandom } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import { DISPUTE_KINDS, DISPUTE_LEVELS, INTAKE_CHANNELS, type DisputeStatus, type MediationModels } from './models';

export interface BenchDataOptions {
  /** Disputes involve demoEnterpriseId(1..enterprises). */
  enterprises: number;
  /** Number of disputes. */
  count: number;
  /** PRNG seed: the same seed gives the same data and ids. */
  seed: number;
  /** Called every 1000 disputes with the number generated so far. */
  onProgress?: (done: number) => void;
}

const BENCH_ACTOR: ActorStamp = { subject: 'bench', role: 'MEDIATOR', at: new Date('2024-01-01T00:00:00Z') };
const STATUSES: DisputeStatus[] = ['REPORTED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'FOLLOWED_UP', 'CLOSED', 'CLOSED', 'CLOSED'];

/**
 * Bulk-inserts `count` deterministic disputes of 2024 (insertMany in batches of 1000), each with an
 * applicant and an enterprise respondent from demoEnterpriseId(1..enterprises), in the demo grids
 * (demoId('grid', 1..7)). Ids are demoId(`bench-dispute-<seed>`, i); documents already present are skipped.
 */
export async function generateBenchData(models: MediationModels, options: BenchDataOptions): Promise<{ disputes: number }> {
  const random = seededRandom(options.seed);
  const start = Date.UTC(2024, 0, 1);
  function* disputes() {
    for (let i = 1; i <= options.count; i++) {
      if (i % 1000 === 0) options.onProgress?.(i);
      const enterpriseId = demoEnterpriseId(randomInt(random, 1, options.enterprises));
      const reportedAt = new Date(start + randomInt(random, 0, 365 * 24 - 1) * 3_600_000);
      const status = pick(random, STATUSES);
      const resolved = ['AGREEMENT_REACHED', 'FOLLOWED_UP', 'CLOSED'].includes(status);
      const level = DISPUTE_LEVELS[random() < 0.8 ? 0 : randomInt(random, 1, 3)];
      const grid = randomInt(random, 1, 7);
      const person = (k: number) => ({ name: demoPersonName(i * 2 + k), phone: demoPhone(i * 2 + k), idNumber: demoIdNumber(i * 2 + k) });
      yield {
        _id: demoId(`bench-dispute-${options.seed}`, i),
        title: `基准纠纷 ${i}`,
        description: null,
        kind: pick(random, DISPUTE_KINDS),
        urgency: 'NORMAL',
        level,
        status,
        channel: pick(random, INTAKE_CHANNELS),
        resolved,
        resolvedLevel: resolved ? level : null,
        gridId: demoId('grid', grid),
        communityId: demoId('community', grid <= 4 ? 1 : 2),
        parties: [
          { ...person(0), role: 'APPLICANT', enterpriseId: null },
          { ...person(1), role: 'RESPONDENT', enterpriseId },
        ],
        enterpriseIds: [enterpriseId],
        reportedAt,
        reportedMonth: monthKey(reportedAt),
        escalated: false,
        escalations: [],
        mediators: [],
        mediatorIds: [],
        mediatorChanges: [],
        urges: [],
        sessions: [],
        agreement: null,
        failureReason: null,
        judicialConfirmation: null,
        followUps: [],
        satisfaction: status === 'CLOSED' ? randomInt(random, 3, 5) : null,
        history: [],
        version: 1,
        created: BENCH_ACTOR,
        updated: BENCH_ACTOR,
      };
    }
  }
  return { disputes: await insertInBatches(models.Dispute, disputes()) };
}
