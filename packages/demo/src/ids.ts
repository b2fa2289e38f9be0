import { createHash } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * Deterministic ObjectIds for demo and benchmark data, so every subgraph's seed can refer to the
 * same enterprises and officers without reading another subgraph's database.
 * demoId('enterprise', 7) is the same id in every subgraph, on every machine.
 */
export function demoId(kind: string, n: number): Types.ObjectId {
  return new Types.ObjectId(createHash('sha1').update(`pecg:${kind}:${n}`).digest('hex').slice(0, 24));
}

/**
 * The demo park in numbers (the roster in roster.ts has every enterprise): 122 enterprises — the
 * incubator's 102 小微科创 firms (n = 1…102) and 20 of the zone outside it (n = 103…122), 16 of those
 * above-scale (规上企业) with a 一企一警 officer — and 42 alliance members.
 */
export const DEMO_PARK = {
  enterpriseCount: 122,
  incubatorCount: 102,
  allianceMemberCount: 42,
  aboveScaleCount: 16,
  officerCount: 12,
  allianceFoundedOn: new Date('2022-02-15T00:00:00+08:00'),
} as const;

export const demoEnterpriseId = (n: number) => demoId('enterprise', n);
export const demoOfficerId = (n: number) => demoId('officer', n);
