/** Entities of other subgraphs are resolved from their reference. */
export type { EntityReference as VolunteerMapper, EntityReference as DisputeMapper, EntityReference as RiskAlertMapper } from '@pecg/common';
