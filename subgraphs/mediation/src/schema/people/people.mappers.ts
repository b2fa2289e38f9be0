import type { Connection } from '@pecg/common';
import type { DutyShiftDoc } from '../../models';

/** A police officer reference (the officer is the enterprises subgraph's). */
export interface PoliceOfficerMapper {
  id: string;
}
export type { DutyShiftDoc as DutyShiftMapper } from '../../models';
export type DutyShiftConnectionMapper = Connection<DutyShiftDoc>;
export type { DutyShiftStatisticsQuery as DutyShiftStatisticsMapper } from '../../services/people-statistics';
/** A grid id, a month and its shift count. */
export interface GridMonthShiftCountMapper {
  gridId: string;
  month: string;
  count: number;
}
/** A grid id and its shift count. */
export interface GridDutyShiftCountMapper {
  gridId: string;
  count: number;
}
