export const DISPUTE_KINDS = ['ENTERPRISE_RELATED', 'TOURIST', 'DEMOLITION_RESETTLEMENT', 'NEIGHBOUR_FAMILY', 'LABOUR', 'OTHER'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];
/** Lowest to highest. */
export const DISPUTE_LEVELS = ['GRID', 'COMMUNITY', 'STREET', 'DISTRICT'] as const;
export type DisputeLevel = (typeof DISPUTE_LEVELS)[number];
/** Levels that count as resolved locally (矛盾不上交). */
export const LOCAL_LEVELS: readonly DisputeLevel[] = ['GRID', 'COMMUNITY'];
export const DISPUTE_STATUSES = ['REPORTED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'FAILED', 'JUDICIALLY_CONFIRMED', 'FOLLOWED_UP', 'CLOSED'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const INTAKE_CHANNELS = ['GRID_PATROL', 'WALK_IN', 'HOTLINE', 'REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN', 'ENTERPRISE_REPORT'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
export const PARTY_ROLES = ['APPLICANT', 'RESPONDENT'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const SESSION_MODES = ['ON_SITE', 'REMOTE_VIDEO'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const VOLUNTEER_DUTIES = ['PATROL', 'SAFETY_INSPECTION', 'MEDIATION'] as const;
export type VolunteerDuty = (typeof VOLUNTEER_DUTIES)[number];
export const CONSULTATION_CHANNELS = ['REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN', 'WALK_IN', 'HOTLINE'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];
