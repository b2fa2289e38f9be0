import { demoEnterpriseId, demoId, demoPersonName, demoPhone, insertInBatches, pick, randomInt, seededRandom } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import { ACTIVITY_KINDS, type ActivitiesModels } from './models';

export interface BenchDataOptions {
  /** Registrations come from demoEnterpriseId(1..enterprises). */
  enterprises: number;
  /** Number of activities (each with about 10 registrations). */
  count: number;
  /** PRNG seed: the same seed gives the same data and ids. */
  seed: number;
  /** Called after each batch with the number of activities written so far. */
  onProgress?: (done: number) => void;
}

const BENCH_ACTOR: ActorStamp = { subject: 'bench', role: 'ADMIN', at: new Date('2024-01-01T00:00:00Z') };

/**
 * Bulk-inserts deterministic benchmark data (insertMany in batches of about 1000, so memory stays flat): `count` completed
 * activities in 2024 at the four demo venues, each with ~10 confirmed registrations (8–12) from
 * demoEnterpriseId(1..enterprises). Ids are demoId(`bench-activity-<seed>`, i) and
 * demoId(`bench-registration-<seed>`, …); documents already present are skipped.
 */
export async function generateBenchData(models: ActivitiesModels, options: BenchDataOptions): Promise<{ activities: number; registrations: number }> {
  const random = seededRandom(options.seed);
  const start = Date.UTC(2024, 0, 1);
  let activities: Record<string, unknown>[] = [];
  let registrations: Record<string, unknown>[] = [];
  const inserted = { activities: 0, registrations: 0 };
  const flush = async (done: number) => {
    inserted.activities += await insertInBatches(models.Activity, activities);
    inserted.registrations += await insertInBatches(models.Registration, registrations);
    activities = [];
    registrations = [];
    options.onProgress?.(done);
  };
  let r = 0;
  for (let i = 1; i <= options.count; i++) {
    const _id = demoId(`bench-activity-${options.seed}`, i);
    const kind = pick(random, ACTIVITY_KINDS);
    const startsAt = new Date(start + randomInt(random, 0, 364) * 86_400_000 + 9 * 3_600_000);
    const seats = randomInt(random, 8, 12);
    const capacity = seats + randomInt(random, 0, 20);
    let attended = 0;
    for (let j = 0; j < seats; j++) {
      const present = random() < 0.85;
      if (present) attended += 1;
      r += 1;
      const enterpriseId = demoEnterpriseId(randomInt(random, 1, options.enterprises));
      registrations.push({
        _id: demoId(`bench-registration-${options.seed}`, r),
        activityId: _id,
        enterpriseId,
        activityKind: kind,
        activityStartsAt: startsAt,
        personName: demoPersonName(r),
        personPhone: demoPhone(r),
        personKey: `bench-${options.seed}-${r}`,
        cancelledKey: null,
        status: present ? 'ATTENDED' : 'NO_SHOW',
        registeredAt: new Date(startsAt.getTime() - 86_400_000 + j * 1000),
        checkedInAt: present ? startsAt : null,
        attended: present,
        version: 1,
        registered: BENCH_ACTOR,
        updated: BENCH_ACTOR,
      });
    }
    activities.push({
      _id,
      title: `基准活动 ${i}`,
      description: null,
      kind,
      status: 'COMPLETED',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      startsMonth: monthKey(startsAt),
      venueId: demoId('venue', randomInt(random, 1, 4)),
      organizerId: null,
      capacity,
      seatsTaken: seats,
      seatsLeft: capacity - seats,
      waitlistCount: 0,
      attendedCount: attended,
      noShowCount: seats - attended,
      organiserKind: 'WORKSTATION',
      coOrganiserIds: [],
      materials: [],
      outcome: null,
      cancellationReason: null,
      ratingSum: 0,
      ratingCount: 0,
      version: 1,
      created: BENCH_ACTOR,
      updated: BENCH_ACTOR,
    });
    if (registrations.length >= 1000) await flush(i);
  }
  await flush(options.count);
  return inserted;
}
