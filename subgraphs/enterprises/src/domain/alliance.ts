import { DEMO_ALLIANCE } from '@pecg/demo';

/**
 * The 警企党建红盟 as article 1 tells it: founded in February 2022, led by the sub-bureau (牵头单位 — not
 * an enterprise), based at the 万象警务工作站党建家园. One source with the demo roster (@pecg/demo).
 */
export const ALLIANCE = {
  name: DEMO_ALLIANCE.name,
  foundedOn: DEMO_ALLIANCE.foundedOn,
  /** The founding day in China Standard Time, as the Date scalar serialises days. */
  foundedDay: new Date(Date.UTC(2022, 1, 15)),
  leadUnit: DEMO_ALLIANCE.leadUnit,
  base: DEMO_ALLIANCE.base,
} as const;
