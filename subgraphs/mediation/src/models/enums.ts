/**
 * Kinds of dispute (人民调解 case categories). NEIGHBOUR_FAMILY is the old merged kind, kept for the
 * records that carry it (deprecated in the schema): new disputes are NEIGHBOUR or FAMILY.
 */
export const DISPUTE_KINDS = [
  'ENTERPRISE_RELATED',
  'CONTRACT',
  'TOURIST',
  'DEMOLITION_RESETTLEMENT',
  'NEIGHBOUR',
  'FAMILY',
  'LABOUR',
  'NEIGHBOUR_FAMILY',
  'OTHER',
] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];
/** Lowest to highest. */
export const DISPUTE_LEVELS = ['GRID', 'COMMUNITY', 'STREET', 'DISTRICT'] as const;
export type DisputeLevel = (typeof DISPUTE_LEVELS)[number];
/** Levels that count as resolved locally (矛盾不上交). */
export const LOCAL_LEVELS: readonly DisputeLevel[] = ['GRID', 'COMMUNITY'];
export const DISPUTE_STATUSES = [
  'REPORTED',
  'ACCEPTED',
  'DECLINED',
  'MEDIATORS_ASSIGNED',
  'MEDIATING',
  'AGREEMENT_REACHED',
  'FAILED',
  'CONFIRMATION_APPLIED',
  'JUDICIALLY_CONFIRMED',
  'PERFORMING',
  'URGED',
  'LITIGATION',
  'FOLLOWED_UP',
  'CLOSED',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
/** Where a dispute came from (受理来源 / 渠道). */
export const INTAKE_CHANNELS = [
  'GRID_PATROL',
  'WALK_IN',
  'HOTLINE',
  'REMOTE_VIDEO_PLATFORM',
  'LEGAL_TOUCH_SCREEN',
  'ENTERPRISE_REPORT',
  'POLICE_TRANSFER',
  'COURT_REFERRAL',
  'GOVERNMENT_ASSIGNMENT',
  'CLOUD_PLATFORM',
] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
export const URGENCIES = ['NORMAL', 'URGENT', 'CRITICAL'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const PARTY_ROLES = ['APPLICANT', 'RESPONDENT'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const SESSION_MODES = ['ON_SITE', 'REMOTE_VIDEO'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const VOLUNTEER_DUTIES = ['PATROL', 'SAFETY_INSPECTION', 'MEDIATION'] as const;
export type VolunteerDuty = (typeof VOLUNTEER_DUTIES)[number];
/** Roles in the mediation force (a police officer is the PoliceOfficer entity, not a volunteer). */
export const VOLUNTEER_ROLES = ['PEOPLES_MEDIATOR', 'LAWYER', 'GRID_WORKER', 'VOLUNTEER'] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];
export const CONSULTATION_CHANNELS = ['REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN', 'WALK_IN', 'HOTLINE'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];
export const CONSULTATION_STATUSES = ['REQUESTED', 'ANSWERED', 'FOLLOWED_BY_DISPUTE'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
/** Grounds of 不予调解 / 不予受理. */
export const DECLINE_GROUNDS = ['PARTY_REFUSES', 'HANDLED_BY_AUTHORITY', 'RESERVED_TO_AUTHORITY'] as const;
export type DeclineGround = (typeof DECLINE_GROUNDS)[number];
/** Other routes the parties are told of when mediation ends without agreement (人民调解法 art. 26). */
export const OTHER_ROUTES = ['ARBITRATION', 'ADMINISTRATIVE', 'LITIGATION'] as const;
export type OtherRoute = (typeof OTHER_ROUTES)[number];
export const AGREEMENT_FORMS = ['WRITTEN', 'ORAL'] as const;
export type AgreementForm = (typeof AGREEMENT_FORMS)[number];
export const SIGNERS = ['PARTY', 'MEDIATOR'] as const;
export type Signer = (typeof SIGNERS)[number];
export const SIGNING_METHODS = ['SIGNATURE', 'SEAL', 'FINGERPRINT'] as const;
export type SigningMethod = (typeof SIGNING_METHODS)[number];
export const PERFORMANCES = ['FULFILLED', 'PARTLY', 'NOT_PERFORMED'] as const;
export type Performance = (typeof PERFORMANCES)[number];
export const CONFIRMATION_OUTCOMES = ['CONFIRMED', 'REJECTED'] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];
export const COURT_ACTIONS = ['LITIGATION', 'ENFORCEMENT'] as const;
export type CourtAction = (typeof COURT_ACTIONS)[number];
export const MEDIATOR_KINDS = ['VOLUNTEER', 'POLICE_OFFICER'] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];
export const SHIFT_OUTCOMES = ['QUIET', 'DISPUTE_FOUND', 'DISPUTE_RESOLVED', 'REFERRED'] as const;
export type ShiftOutcome = (typeof SHIFT_OUTCOMES)[number];
