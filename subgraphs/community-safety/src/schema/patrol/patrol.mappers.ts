/** GraphQL type → the document it is resolved from. */
import type { Connection } from '@pecg/common';
import type { PatrolShiftDoc } from '../../models';

export type { PatrolRouteDoc as PatrolRouteMapper, PatrolShiftDoc as PatrolShiftMapper, FindingDoc as PatrolFindingMapper } from '../../models';
export type PatrolShiftConnectionMapper = Connection<PatrolShiftDoc>;
