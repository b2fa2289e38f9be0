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

/** The demo park: 102 enterprises in 万象创新科技产业园, 42 of them in the 警企党建红盟. */
export const DEMO_PARK = {
  enterpriseCount: 102,
  allianceMemberCount: 42,
  /** The first `aboveScaleCount` enterprises are above-scale (规上企业) and each has a 一企一警 officer. */
  aboveScaleCount: 18,
  officerCount: 12,
  allianceFoundedOn: new Date('2022-02-15T00:00:00+08:00'),
} as const;

export const demoEnterpriseId = (n: number) => demoId('enterprise', n);
export const demoOfficerId = (n: number) => demoId('officer', n);
