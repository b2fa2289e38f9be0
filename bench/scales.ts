import { DEMO_PARK } from '@pecg/demo';
/**
 * Data scales of the benchmark. `demo` is the seed facts only; the others add deterministic bench
 * data on top of the demo seed (enterprise numbers continue after the demo park's 122: DEMO_PARK.enterpriseCount).
 */
export type ScaleName = 'demo' | 'xs' | 's' | 'm' | 'l';

export interface Scale {
  name: ScaleName;
  /** Enterprises in total (demo park included). */
  enterprises: number;
  /** Approval applications added by the bench generator. */
  applications: number;
  /** Disputes added by the bench generator. */
  disputes: number;
  /** Activities added (each has about 10 registrations). */
  activities: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  demo: { name: 'demo', enterprises: DEMO_PARK.enterpriseCount, applications: 0, disputes: 0, activities: 0 },
  /** A slice of `s` for the CI smoke test. */
  xs: { name: 'xs', enterprises: 200, applications: 1_000, disputes: 1_000, activities: 100 },
  s: { name: 's', enterprises: 1_000, applications: 10_000, disputes: 10_000, activities: 2_000 },
  m: { name: 'm', enterprises: 10_000, applications: 100_000, disputes: 100_000, activities: 20_000 },
  l: { name: 'l', enterprises: 100_000, applications: 1_000_000, disputes: 1_000_000, activities: 200_000 },
};

/** The fixed PRNG seed of every generator: the same scale gives the same data and ids everywhere. */
export const BENCH_SEED = 20240601;

export function scaleByName(name: string): Scale {
  const scale = SCALES[name as ScaleName];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${name}"`);
  return scale;
}
