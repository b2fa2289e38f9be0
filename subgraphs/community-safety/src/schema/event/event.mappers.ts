/** GraphQL type → the document it is resolved from. */
import type { Connection } from '@pecg/common';
import type { IncidentDoc, SensingEventDoc } from '../../models';

export type { SensingEventDoc as SensingEventMapper } from '../../models';
export type SensingEventConnectionMapper = Connection<SensingEventDoc>;
export interface TriageResultMapper {
  event: SensingEventDoc;
  incident: IncidentDoc | null;
}
