/** Entities of other subgraphs are resolved from their reference. */
export type { EntityReference as EnterpriseMapper } from '@pecg/common';
