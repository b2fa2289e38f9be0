import { demoId, insertInBatches, seededRandom, upsertDemoDocuments } from '@pecg/demo';
import { demoPairing } from './index';
import type { ApprovalItemDoc, ApprovalsModels } from '../models';
import { catalogue } from './catalogue';
import { historyRecord } from './history';

export interface BenchDataOptions {
  /** Applicants are demoEnterpriseId(1..enterprises). */
  enterprises: number;
  /** Number of applications (`count` is accepted as an alias, as the bench loader passes it). */
  applications?: number;
  count?: number;
  /** PRNG seed: the same seed gives the same data and ids. */
  seed: number;
  /** Called after each batch with the number of applications written so far. */
  onProgress?: (done: number) => void;
}

/**
 * Bulk-inserts deterministic benchmark applications (insertMany in batches of 1000, memory flat): each a
 * realistic history over 2023–2024 for demoEnterpriseId(1..enterprises), with its evaluation and
 * supervision case where its path has one. Ids are demoId(`bench-application-<seed>`, i); documents
 * already present are skipped, so a rerun inserts nothing. The catalogue is upserted first.
 */
export async function generateBenchData(
  models: ApprovalsModels,
  options: BenchDataOptions,
): Promise<{ applications: number; evaluations: number; supervisionCases: number }> {
  const total = options.applications ?? options.count ?? 0;
  const items = catalogue();
  // inserted, or rewritten when left by the older catalogue (one 20-working-day limit for every item)
  await upsertDemoDocuments(models.ApprovalItem, items, { procedureKind: { $exists: false } });
  const random = seededRandom(options.seed);
  const inserted = { applications: 0, evaluations: 0, supervisionCases: 0 };
  const BATCH = 1000;
  for (let start = 1; start <= total; start += BATCH) {
    const records = [];
    for (let i = start; i < Math.min(start + BATCH, total + 1); i++) {
      const record = historyRecord({
        id: demoId(`bench-application-${options.seed}`, i),
        n: i,
        // within the roster (n ≤ 122) an item the enterprise's industry needs; beyond it, random pairs
        ...benchPairing(random, items, options.enterprises),
        officer: 1 + Math.floor(random() * 12),
        from: Date.parse('2023-01-03T00:00:00+08:00'),
        to: Date.parse('2024-12-20T00:00:00+08:00'),
        random,
      });
      records.push({ i, record });
    }
    inserted.applications += await insertInBatches(
      models.Application,
      records.map((r) => r.record.application as unknown as Record<string, unknown>),
      BATCH,
    );
    inserted.evaluations += await insertInBatches(
      models.Evaluation,
      records.flatMap((r) => (r.record.evaluation ? [{ _id: demoId(`bench-evaluation-${options.seed}`, r.i), ...r.record.evaluation }] : [])),
      BATCH,
    );
    inserted.supervisionCases += await insertInBatches(
      models.SupervisionCase,
      records.flatMap((r) => [
        ...(r.record.supervision ? [{ _id: demoId(`bench-supervision-${options.seed}`, r.i), ...r.record.supervision }] : []),
        ...(r.record.visitCase ? [{ _id: demoId(`bench-visit-case-${options.seed}`, r.i), ...r.record.visitCase }] : []),
      ]),
      BATCH,
    );
    options.onProgress?.(Math.min(start + BATCH - 1, total));
  }
  return inserted;
}

/** A roster pairing (an item the enterprise needs) when the bench stays within the roster; random pairs beyond it. */
function benchPairing(random: () => number, items: ApprovalItemDoc[], enterprises: number): { item: ApprovalItemDoc; enterprise: number } {
  if (enterprises <= 122) {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const pair = demoPairing(Math.floor(random() * 19 * 40));
      if (pair.enterprise <= enterprises) return { item: items[pair.item - 1], enterprise: pair.enterprise };
    }
  }
  return { item: items[Math.floor(random() * items.length)], enterprise: 1 + Math.floor(random() * enterprises) };
}
