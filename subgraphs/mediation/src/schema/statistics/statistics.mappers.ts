export type { DisputeStatisticsQuery as DisputeStatisticsMapper } from '../../services/statistics';
/** A grid id with its dispute count. */
export interface GridDisputeCountMapper {
  gridId: string;
  count: number;
}
export type { CommunityLocalResolutionRow as CommunityLocalResolutionMapper } from '../../services/dispute-rates';
