/** GraphQL type → the document it is resolved from. */
import type { Connection } from '@pecg/common';
import type { LostPersonCaseDoc } from '../../models';

export type {
  LostPersonCaseDoc as LostPersonCaseMapper,
  SightingDoc as SightingMapper,
  SearchTransitionDoc as LostPersonSearchStatusChangeMapper,
} from '../../models';
export type LostPersonCaseConnectionMapper = Connection<LostPersonCaseDoc>;
