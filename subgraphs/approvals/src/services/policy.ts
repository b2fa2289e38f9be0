import type { Role } from '@pecg/common';

/** Who may do what in this subgraph (enforced by the services with requireRole). */
export const OFFICERS: readonly Role[] = ['POLICE', 'ADMIN'];
/** The applicant (for its own enterprise) or an officer acting for it (帮办代办). */
export const APPLICANTS: readonly Role[] = ['ENTERPRISE', 'POLICE', 'ADMIN'];
/** 好差评 is given by the applicant enterprise only (officers follow bad ratings up). */
export const RATERS: readonly Role[] = ['ENTERPRISE'];
/**
 * Statistics and aggregates: every role that may read the lists (the analysts' contract), with the same
 * scope — READ_POLICY narrows every aggregation as it narrows the list (an ENTERPRISE caller's figures
 * count its own enterprise's records only; a department of another subgraph sees none).
 */
export const STATISTICS_READERS: readonly Role[] = ['ADMIN', 'POLICE', 'ANALYST', 'DEPARTMENT', 'ENTERPRISE', 'MEDIATOR'];
