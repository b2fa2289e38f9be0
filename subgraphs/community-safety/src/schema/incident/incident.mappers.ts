/** GraphQL type → the document it is resolved from. */
import type { Connection } from '@pecg/common';
import type { IncidentDoc } from '../../models';

export type { IncidentDoc as IncidentMapper, IncidentTransitionDoc as IncidentStatusChangeMapper } from '../../models';
export type IncidentConnectionMapper = Connection<IncidentDoc>;
