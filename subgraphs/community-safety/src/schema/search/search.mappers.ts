/** GraphQL type → the document it is resolved from. */
import type { Connection } from '@pecg/common';
import type { LostPersonCaseDoc, SightingDoc } from '../../models';

export type { LostPersonCaseDoc as LostPersonCaseMapper, SearchTransitionDoc as LostPersonSearchStatusChangeMapper } from '../../models';
export type LostPersonCaseConnectionMapper = Connection<LostPersonCaseDoc>;
/** A sighting with the case it belongs to (its audit names the case). */
export type SightingMapper = SightingDoc & { caseId: string };
