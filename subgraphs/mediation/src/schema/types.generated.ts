import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CommunityMapper, GridMapper, GridWorkerMapper } from './community/community.mappers';
import type { DisputeMapper, DisputeConnectionMapper, DisputePartyMapper, DisputeStatusChangeMapper, EscalationMapper } from './dispute/dispute.mappers';
import type { DisputeStatisticsMapper, GridDisputeCountMapper } from './statistics/statistics.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { FollowUpVisitMapper, JudicialConfirmationMapper, MediationAgreementMapper, MediationSessionMapper } from './mediation/mediation.mappers';
import type { LegalConsultationMapper, LegalConsultationConnectionMapper } from './legal/legal.mappers';
import type { VolunteerMapper, VolunteerConnectionMapper, VolunteerStatisticsMapper } from './volunteer/volunteer.mappers';
import type { MediationContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (e.g. 2024-03-05). */
  Date: { input: Date | string; output: Date | string; }
  /** An instant in time, ISO 8601 with offset (e.g. 2024-03-05T09:30:00+08:00). */
  DateTime: { input: Date | string; output: Date | string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who did something and when (recorded on every write). */
export type ActorStamp = {
  __typename?: 'ActorStamp';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Display name of the caller, when the token carried one. */
  name?: Maybe<Scalars['String']['output']>;
  /** Role of the caller when acting. */
  role: Scalars['String']['output'];
  /** Subject (user or service account id) of the caller's token. */
  subject: Scalars['String']['output'];
};

/** A community (社区) or park area handled with the grid method. 社区 */
export type Community = {
  __typename?: 'Community';
  /** Area in square kilometres. */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  /** District, e.g. 东坡区. */
  district: Scalars['String']['output'];
  /** Its grids, by name. */
  grids: Array<Grid>;
  /** Stable id of the community. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 白虎滩社区. */
  name: Scalars['String']['output'];
  /** Peak tourists per day. */
  peakDailyTourists?: Maybe<Scalars['Int']['output']>;
  /** Residential compounds (小区). */
  residentialCompounds?: Maybe<Scalars['Int']['output']>;
  /** Resident population. */
  residents?: Maybe<Scalars['Int']['output']>;
};

/** Channel of a legal consultation. 咨询渠道 */
export type ConsultationChannel =
  /** 热线 — hotline */
  | 'HOTLINE'
  /** 便民法律触屏 — legal touch screen */
  | 'LEGAL_TOUCH_SCREEN'
  /** 远程视频法律咨询 — remote video legal consultation */
  | 'REMOTE_VIDEO_PLATFORM'
  /** 来访 — walk-in */
  | 'WALK_IN';

/** A dispute found by the mass-prevention force or reported by a party. 矛盾纠纷 */
export type Dispute = {
  __typename?: 'Dispute';
  /** The agreement, once reached. */
  agreement?: Maybe<MediationAgreement>;
  /** How it reached the mediators. */
  channel: IntakeChannel;
  /** Chinese label of the channel. */
  channelLabel: Scalars['String']['output'];
  /** The community it belongs to. */
  community?: Maybe<Community>;
  /** Who reported it and when. */
  created: ActorStamp;
  /** Details. */
  description?: Maybe<Scalars['String']['output']>;
  /** Enterprises that are parties (ENTERPRISE users: only their own). */
  enterprises: Array<Enterprise>;
  /** Escalations, oldest first. */
  escalations: Array<Escalation>;
  /** Why mediation failed, if it did. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Follow-up visits, oldest first. */
  followUps: Array<FollowUpVisit>;
  /** The grid it belongs to. */
  grid?: Maybe<Grid>;
  /** Status changes, oldest first. */
  history: Array<DisputeStatusChange>;
  /** Stable id of the dispute. */
  id: Scalars['ID']['output'];
  /** Judicial confirmation of the agreement, if any. */
  judicialConfirmation?: Maybe<JudicialConfirmation>;
  /** Kind of dispute. */
  kind: DisputeKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Level at which it is being handled. */
  level: DisputeLevel;
  /** Chinese label of the level. */
  levelLabel: Scalars['String']['output'];
  /** When the dispute arose, as the reporter states it (kept as stated, not checked by the server); null when not stated. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Parties. */
  parties: Array<DisputeParty>;
  /** When it was reported: the server's clock when the report was recorded (never a value sent by the reporter). */
  reportedAt: Scalars['DateTime']['output'];
  /** Whether an agreement was reached. */
  resolved: Scalars['Boolean']['output'];
  /** Level at which the agreement was reached. */
  resolvedAtLevel?: Maybe<DisputeLevel>;
  /** Chinese label of the level at which the agreement was reached. */
  resolvedAtLevelLabel?: Maybe<Scalars['String']['output']>;
  /** Satisfaction of the parties (1–5), once given. */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  /** Mediation sessions, oldest first. */
  sessions: Array<MediationSession>;
  /** Where it is in its handling. */
  status: DisputeStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Short summary. */
  title: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A page of disputes. */
export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  /** Items on this page. */
  edges: Array<DisputeEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of disputes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A count of disputes for one value of a dimension (kind, level, status or channel). */
export type DisputeCount = {
  __typename?: 'DisputeCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The enum value, e.g. TOURIST. */
  key: Scalars['String']['output'];
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** One dispute in a list page. */
export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The dispute. */
  node: Dispute;
};

/** Which disputes to list or count. */
export type DisputeFilter = {
  /** Only from these channels. */
  channels?: InputMaybe<Array<IntakeChannel>>;
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only disputes this enterprise is a party to. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<DisputeKind>>;
  /** Only at these levels. */
  levels?: InputMaybe<Array<DisputeLevel>>;
  /** Only reported in this month, YYYY-MM (China Standard Time). */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only reported before this instant. */
  reportedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reported at or after this instant. */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only resolved (true) or unresolved (false). */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only in these statuses. */
  statuses?: InputMaybe<Array<DisputeStatus>>;
};

/** Kind of a dispute. 纠纷类型 */
export type DisputeKind =
  /** 征地拆迁纠纷 — demolition and resettlement dispute */
  | 'DEMOLITION_RESETTLEMENT'
  /** 涉企纠纷 — enterprise-related dispute */
  | 'ENTERPRISE_RELATED'
  /** 劳资纠纷 — labour dispute */
  | 'LABOUR'
  /** 邻里家庭纠纷 — neighbour or family dispute */
  | 'NEIGHBOUR_FAMILY'
  /** 其他纠纷 — other dispute */
  | 'OTHER'
  /** 涉旅纠纷 — tourist dispute */
  | 'TOURIST';

/** Level at which a dispute is being handled; 微事不出网格、小事不出社区、矛盾不上交. 调处层级 */
export type DisputeLevel =
  /** 社区 — community */
  | 'COMMUNITY'
  /** 区县 — district */
  | 'DISTRICT'
  /** 网格 — grid */
  | 'GRID'
  /** 街道 — street */
  | 'STREET';

/** A party to a dispute; name, phone and ID number are personal information. */
export type DisputeParty = {
  __typename?: 'DisputeParty';
  /** The enterprise the party is or represents, if any (null for ENTERPRISE users when it is another enterprise). */
  enterprise?: Maybe<Enterprise>;
  /** Resident ID number (masked unless the caller's role needs it). */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Name (masked unless the caller's role needs it). */
  name: Scalars['String']['output'];
  /** Mobile phone (masked unless the caller's role needs it). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role in the dispute. */
  role: PartyRole;
  /** Chinese label of the role. */
  roleLabel: Scalars['String']['output'];
};

/** A party of a new dispute. */
export type DisputePartyInput = {
  /** The enterprise the party is or represents (ENTERPRISE users: only their own). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 18-character resident ID number with a valid check digit. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role. */
  role: PartyRole;
};

/** Order of a dispute list. */
export type DisputeSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: DisputeSortField;
};

/** Fields disputes can be sorted by. */
export type DisputeSortField =
  /** 登记时间 — report time */
  | 'REPORTED_AT';

/** Statistics of disputes (computed in the database). */
export type DisputeStatistics = {
  __typename?: 'DisputeStatistics';
  /** Average satisfaction (1–5) over rated disputes, null when none. */
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  /** By intake channel (every channel, zero included). */
  byChannel: Array<DisputeCount>;
  /** By grid (grids with at least one dispute), most disputes first. */
  byGrid: Array<GridDisputeCount>;
  /** By kind (every kind, zero included). */
  byKind: Array<DisputeCount>;
  /** By current level (every level, zero included). */
  byLevel: Array<DisputeCount>;
  /** By month reported (China Standard Time). */
  byMonth: Array<MonthCount>;
  /** By status (every status, zero included). */
  byStatus: Array<DisputeCount>;
  /** resolvedLocally / resolved (0 when none resolved). */
  localResolutionShare: Scalars['Float']['output'];
  /** Disputes with a satisfaction rating. */
  ratedCount: Scalars['Int']['output'];
  /** Disputes with an agreement. */
  resolved: Scalars['Int']['output'];
  /** Resolved disputes by the level they were resolved at (every level, zero included). */
  resolvedByLevel: Array<DisputeCount>;
  /** Resolved at grid or community level (矛盾不上交). */
  resolvedLocally: Scalars['Int']['output'];
  /** Disputes matching the filter. */
  total: Scalars['Int']['output'];
};

/** Where a dispute is in its handling. 调处状态 */
export type DisputeStatus =
  /** 已受理 — accepted for mediation */
  | 'ACCEPTED'
  /** 达成协议 — agreement reached */
  | 'AGREEMENT_REACHED'
  /** 已办结 — closed */
  | 'CLOSED'
  /** 调解失败 — mediation failed */
  | 'FAILED'
  /** 已回访 — followed up */
  | 'FOLLOWED_UP'
  /** 司法确认 — agreement judicially confirmed */
  | 'JUDICIALLY_CONFIRMED'
  /** 调解中 — being mediated */
  | 'MEDIATING'
  /** 已登记 — reported */
  | 'REPORTED';

/** One change of a dispute's status. */
export type DisputeStatusChange = {
  __typename?: 'DisputeStatusChange';
  /** Who changed it and when. */
  changed: ActorStamp;
  /** Status before (null when reported). */
  from?: Maybe<DisputeStatus>;
  /** Chinese label of the status before (null when reported). */
  fromLabel?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: DisputeStatus;
  /** Chinese label of the status after. */
  toLabel: Scalars['String']['output'];
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Disputes this enterprise is a party to, newest first (ENTERPRISE users: only their own enterprise's). */
  disputes: Array<Dispute>;
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
};


/** An enterprise in the industrial park. 企业 */
export type EnterprisedisputesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A move of a dispute to a higher level. 上报 */
export type Escalation = {
  __typename?: 'Escalation';
  /** Who escalated it and when. */
  escalated: ActorStamp;
  /** Level before. */
  from: DisputeLevel;
  /** Chinese label of the level before. */
  fromLabel: Scalars['String']['output'];
  /** Why it was escalated. */
  reason: Scalars['String']['output'];
  /** Level after. */
  to: DisputeLevel;
  /** Chinese label of the new level. */
  toLabel: Scalars['String']['output'];
};

/** A follow-up visit to record. */
export type FollowUpInput = {
  /** When it took place. */
  at: Scalars['DateTime']['input'];
  /** Notes, 1–2000 characters. */
  notes: Scalars['String']['input'];
};

/** A follow-up visit after mediation. 回访 */
export type FollowUpVisit = {
  __typename?: 'FollowUpVisit';
  /** When the visit took place. */
  at: Scalars['DateTime']['output'];
  /** Notes. */
  notes: Scalars['String']['output'];
  /** Who recorded it. */
  recorded: ActorStamp;
};

/** A grid (网格) of a community, the first level of mediation. 网格 */
export type Grid = {
  __typename?: 'Grid';
  /** The community. */
  community?: Maybe<Community>;
  /** What the grid covers. */
  covers?: Maybe<Scalars['String']['output']>;
  /** Stable id of the grid. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 白虎滩第一网格. */
  name: Scalars['String']['output'];
  /** Disputes of the grid not yet closed (that the caller may see). */
  openDisputeCount: Scalars['Int']['output'];
  /** Active volunteers assigned to the grid (that the caller may see). */
  volunteerCount: Scalars['Int']['output'];
  /** The grid worker. */
  worker?: Maybe<GridWorker>;
};

/** Disputes of one grid. */
export type GridDisputeCount = {
  __typename?: 'GridDisputeCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The grid. */
  grid?: Maybe<Grid>;
};

/** A grid worker (网格员); name and phone are personal information. */
export type GridWorker = {
  __typename?: 'GridWorker';
  /** Name (masked unless the caller's role needs it). */
  name: Scalars['String']['output'];
  /** Mobile phone (masked unless the caller's role needs it). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** How a dispute reached the mediators. 受理渠道 */
export type IntakeChannel =
  /** 企业报告 — reported by an enterprise */
  | 'ENTERPRISE_REPORT'
  /** 网格巡查 — found on grid patrol */
  | 'GRID_PATROL'
  /** 热线 — hotline */
  | 'HOTLINE'
  /** 便民法律触屏 — legal touch screen */
  | 'LEGAL_TOUCH_SCREEN'
  /** 远程视频调解平台 — remote video mediation platform */
  | 'REMOTE_VIDEO_PLATFORM'
  /** 来访 — walk-in */
  | 'WALK_IN';

/** Judicial confirmation of a mediation agreement. 司法确认 */
export type JudicialConfirmation = {
  __typename?: 'JudicialConfirmation';
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['output'];
  /** Court that confirmed it. */
  court: Scalars['String']['output'];
  /** Who recorded it. */
  recorded: ActorStamp;
  /** Ruling reference number. */
  reference: Scalars['String']['output'];
};

/** A judicial confirmation to record. */
export type JudicialConfirmationInput = {
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['input'];
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** Ruling reference, 1–100 characters. */
  reference: Scalars['String']['input'];
};

/** A legal consultation (e.g. on the remote video platform or a legal touch screen). 法律咨询 */
export type LegalConsultation = {
  __typename?: 'LegalConsultation';
  /** Summary of the answer. */
  answerSummary?: Maybe<Scalars['String']['output']>;
  /** Who answered, a lawyer, judge or mediator (masked unless the caller's role needs it). */
  answeredBy: Scalars['String']['output'];
  /** When it was asked. */
  askedAt: Scalars['DateTime']['output'];
  /** Channel. */
  channel: ConsultationChannel;
  /** Chinese label of the channel. */
  channelLabel: Scalars['String']['output'];
  /** Enterprise that asked, if any. */
  enterprise?: Maybe<Enterprise>;
  /** Grid it came from. */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who recorded it. */
  recorded: ActorStamp;
  /** Topic, e.g. 劳动合同. */
  topic: Scalars['String']['output'];
};

/** A page of legal consultations. */
export type LegalConsultationConnection = {
  __typename?: 'LegalConsultationConnection';
  /** Items on this page. */
  edges: Array<LegalConsultationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of consultations matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One legal consultation in a list page. */
export type LegalConsultationEdge = {
  __typename?: 'LegalConsultationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The consultation. */
  node: LegalConsultation;
};

/** Which legal consultations to list. */
export type LegalConsultationFilter = {
  /** Only from these channels. */
  channels?: InputMaybe<Array<ConsultationChannel>>;
  /** Only asked by this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
};

/** Order of a legal consultation list. */
export type LegalConsultationSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: LegalConsultationSortField;
};

/** Fields legal consultations can be sorted by. */
export type LegalConsultationSortField =
  /** 咨询时间 — time asked */
  | 'ASKED_AT';

/** A mediation agreement. 调解协议 */
export type MediationAgreement = {
  __typename?: 'MediationAgreement';
  /** Who recorded it. */
  recorded: ActorStamp;
  /** When the parties signed. */
  signedAt: Scalars['DateTime']['output'];
  /** Terms agreed. */
  terms: Scalars['String']['output'];
};

/** A mediation session. 调解记录 */
export type MediationSession = {
  __typename?: 'MediationSession';
  /** When it took place. */
  at: Scalars['DateTime']['output'];
  /** Name of the mediator, staff or volunteer mediator (masked unless the caller's role needs it). */
  mediatorName: Scalars['String']['output'];
  /** How it was held. */
  mode: SessionMode;
  /** Chinese label of the mode. */
  modeLabel: Scalars['String']['output'];
  /** Notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Who recorded it. */
  recorded: ActorStamp;
};

/** A mediation session to record. */
export type MediationSessionInput = {
  /** When it took place. */
  at: Scalars['DateTime']['input'];
  /** Mediator's name, 1–50 characters. */
  mediatorName: Scalars['String']['input'];
  /** How it was held. */
  mode: SessionMode;
  /** Notes, up to 4000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A count of items in one calendar month (China Standard Time). */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** Number of items in that month. */
  count: Scalars['Int']['output'];
  /** Month as YYYY-MM, e.g. 2024-03. */
  month: Scalars['String']['output'];
};

/** Entry points for changing the police–enterprise co-governance graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a reported dispute for mediation (REPORTED → ACCEPTED). MEDIATOR, POLICE or ADMIN. */
  acceptDispute: Dispute;
  /** Closes a followed-up dispute with the parties' satisfaction (FOLLOWED_UP → CLOSED). MEDIATOR, POLICE or ADMIN. */
  closeDispute: Dispute;
  /** Records the judicial confirmation (AGREEMENT_REACHED → JUDICIALLY_CONFIRMED). MEDIATOR, POLICE or ADMIN. */
  confirmJudicially: Dispute;
  /** Moves a dispute one level up (a failed one goes back to ACCEPTED at the new level). MEDIATOR, POLICE or ADMIN. */
  escalateDispute: Dispute;
  /** Records that mediation failed (MEDIATING → FAILED). MEDIATOR, POLICE or ADMIN. */
  failMediation: Dispute;
  /** Records the agreement (MEDIATING → AGREEMENT_REACHED). MEDIATOR, POLICE or ADMIN. */
  reachAgreement: Dispute;
  /** Records a follow-up visit (→ FOLLOWED_UP). MEDIATOR, POLICE or ADMIN. */
  recordFollowUp: Dispute;
  /** Records a legal consultation. MEDIATOR, POLICE or ADMIN. */
  recordLegalConsultation: LegalConsultation;
  /** Records a mediation session (ACCEPTED → MEDIATING, or another session while MEDIATING). MEDIATOR, POLICE or ADMIN. */
  recordMediationSession: Dispute;
  /** Registers a volunteer. MEDIATOR, POLICE or ADMIN. */
  registerVolunteer: Volunteer;
  /** Reports a dispute (REPORTED, at grid level), reported now. MEDIATOR, POLICE, ADMIN, or ENTERPRISE for disputes it is a party to (naming no other enterprise as a party). */
  reportDispute: Dispute;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptDisputeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseDisputeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationconfirmJudiciallyArgs = {
  confirmation: JudicialConfirmationInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationescalateDisputeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationfailMediationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreachAgreementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  signedAt?: InputMaybe<Scalars['DateTime']['input']>;
  terms: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordFollowUpArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  visit: FollowUpInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordLegalConsultationArgs = {
  input: RecordLegalConsultationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordMediationSessionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  session: MediationSessionInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreportDisputeArgs = {
  input: ReportDisputeInput;
};

/** Where a page of a cursor connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page (true when the page was requested with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Role of a party in a dispute. 当事人角色 */
export type PartyRole =
  /** 申请人 — applicant */
  | 'APPLICANT'
  /** 被申请人 — respondent */
  | 'RESPONDENT';

/** Which PII audit records to list; all given conditions must hold. */
export type PiiAuditFilter = {
  /** Only reads before this time. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads of this enterprise's people. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reads of this kind of record. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only reads of this field (e.g. contacts.0.phone). */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Only reads at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads by callers with this role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only reads by this subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** One read of personal information in the clear, as the PII audit log of a subgraph keeps it (append-only, hash-chained). 个人信息访问审计记录 */
export type PiiAuditRecord = {
  __typename?: 'PiiAuditRecord';
  /** When it was read (server time). */
  at: Scalars['DateTime']['output'];
  /** The id the client sent with its request, if any. */
  clientRequestId?: Maybe<Scalars['String']['output']>;
  /** The enterprise the person belongs to, when there is one. */
  enterpriseId?: Maybe<Scalars['ID']['output']>;
  /** Kind of record the person belongs to (Enterprise, Application, Registration, Dispute, Staff, …). */
  entity: Scalars['String']['output'];
  /** Id of that record. */
  entityId: Scalars['String']['output'];
  /** The fields read in the clear, e.g. contacts.0.phone. */
  fields: Array<Scalars['String']['output']>;
  /** sha256 of this record and the previous record's hash: a changed or removed record breaks the chain. */
  hash: Scalars['String']['output'];
  /** The gateway's id of the request (every log line of the request carries it). */
  requestId: Scalars['String']['output'];
  /** Role of the caller when reading. */
  role: Scalars['String']['output'];
  /** Place of the record in its subgraph's hash chain (1, 2, 3, …). */
  seq: Scalars['Int']['output'];
  /** Subject (user or service account id) of the caller who read it. */
  subject: Scalars['String']['output'];
};

/** A page of a PII audit log, newest first. */
export type PiiAuditRecordConnection = {
  __typename?: 'PiiAuditRecordConnection';
  /** The records on this page. */
  edges: Array<PiiAuditRecordEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of records matching the filter (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A PII audit record in a page. */
export type PiiAuditRecordEdge = {
  __typename?: 'PiiAuditRecordEdge';
  /** Opaque cursor of this record; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: PiiAuditRecord;
};

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** Communities, by name. */
  communities: Array<Community>;
  /** One community by id. */
  community?: Maybe<Community>;
  /** One dispute by id; null when unknown or not visible to the caller (ENTERPRISE users: disputes their enterprise is a party to). */
  dispute?: Maybe<Dispute>;
  /** Statistics of the disputes matching the filter (ENTERPRISE users: their own). */
  disputeStatistics: DisputeStatistics;
  /** Disputes, filtered and sorted (default: newest first; ENTERPRISE users see only their own). */
  disputes: DisputeConnection;
  /** One grid by id. */
  grid?: Maybe<Grid>;
  /** Legal consultations, newest first by default (ENTERPRISE users see only their own). */
  legalConsultations: LegalConsultationConnection;
  /** One volunteer by id; null when unknown or not visible to the caller (ENTERPRISE users: volunteers working for their enterprise). */
  volunteer?: Maybe<Volunteer>;
  /** Statistics of the volunteer force (ENTERPRISE users: their own enterprise's volunteers). */
  volunteerStatistics: VolunteerStatistics;
  /** The volunteer force, filtered (ENTERPRISE users see only volunteers working for their enterprise). */
  volunteers: VolunteerConnection;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerycommunityArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydisputeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydisputeStatisticsArgs = {
  filter?: InputMaybe<DisputeFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DisputeSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerygridArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylegalConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalConsultationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<LegalConsultationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvolunteerStatisticsArgs = {
  filter?: InputMaybe<VolunteerFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<VolunteerSort>;
};

/** A legal consultation to record. */
export type RecordLegalConsultationInput = {
  /** Summary of the answer, up to 2000 characters. */
  answerSummary?: InputMaybe<Scalars['String']['input']>;
  /** Who answered, 1–50 characters. */
  answeredBy: Scalars['String']['input'];
  /** When it was asked (default now). */
  askedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Channel. */
  channel: ConsultationChannel;
  /** Enterprise that asked. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid it came from. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Topic, 1–100 characters. */
  topic: Scalars['String']['input'];
};

/** A new volunteer. */
export type RegisterVolunteerInput = {
  /** Duties, at least one. */
  duties: Array<VolunteerDuty>;
  /** Enterprise the volunteer works for. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid served. */
  gridId: Scalars['ID']['input'];
  /** Joining date (default today). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new dispute. */
export type ReportDisputeInput = {
  /** Intake channel (ENTERPRISE users: always ENTERPRISE_REPORT). */
  channel: IntakeChannel;
  /** Details, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Grid it belongs to. */
  gridId: Scalars['ID']['input'];
  /** Kind. */
  kind: DisputeKind;
  /** When the dispute arose, as the reporter states it (optional; kept as Dispute.occurredAt). The report time is always the server's. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Parties: at least one applicant, at most 20. */
  parties: Array<DisputePartyInput>;
  /**
   * Deprecated: the report time is the server's. A date given here is kept as the stated occurredAt.
   * @deprecated The report time is the server's clock; state when the dispute arose in occurredAt.
   */
  reportedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Short summary, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** How a mediation session was held. 调解方式 */
export type SessionMode =
  /** 现场调解 — on site */
  | 'ON_SITE'
  /** 远程视频调解 — remote video */
  | 'REMOTE_VIDEO';

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Whether the volunteer is active. */
  active: Scalars['Boolean']['output'];
  /** Duties. */
  duties: Array<VolunteerDuty>;
  /** Chinese labels of the duties. */
  dutyLabels: Array<Scalars['String']['output']>;
  /** Enterprise the volunteer works for, if any. */
  enterprise?: Maybe<Enterprise>;
  /** Grid the volunteer serves. */
  grid?: Maybe<Grid>;
  /** Stable id of the volunteer. */
  id: Scalars['ID']['output'];
  /** When the volunteer joined. */
  joinedOn: Scalars['Date']['output'];
  /** Name (masked unless the caller's role needs it). */
  name: Scalars['String']['output'];
  /** Mobile phone (masked unless the caller's role needs it). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A page of volunteers. */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** Items on this page. */
  edges: Array<VolunteerEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of volunteers matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** Duty of a mass-prevention volunteer. 志愿者职责 */
export type VolunteerDuty =
  /** 矛盾调解 — dispute mediation */
  | 'MEDIATION'
  /** 巡逻 — patrol */
  | 'PATROL'
  /** 安全检查 — safety inspection */
  | 'SAFETY_INSPECTION';

/** A count of volunteers with one duty. */
export type VolunteerDutyCount = {
  __typename?: 'VolunteerDutyCount';
  /** Volunteers with that duty. */
  count: Scalars['Int']['output'];
  /** The duty. */
  duty: VolunteerDuty;
  /** Chinese label of the duty. */
  dutyLabel: Scalars['String']['output'];
};

/** One volunteer in a list page. */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The volunteer. */
  node: Volunteer;
};

/** Which volunteers to list or count. */
export type VolunteerFilter = {
  /** Only active (true) or inactive (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only volunteers with any of these duties. */
  duties?: InputMaybe<Array<VolunteerDuty>>;
  /** Only working for this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
};

/** Order of a volunteer list. */
export type VolunteerSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: VolunteerSortField;
};

/** Fields volunteers can be sorted by. */
export type VolunteerSortField =
  /** 加入日期 — joining date */
  | 'JOINED_ON';

/** Statistics of the volunteer force. */
export type VolunteerStatistics = {
  __typename?: 'VolunteerStatistics';
  /** Volunteers by duty (a volunteer with two duties counts in both). */
  byDuty: Array<VolunteerDutyCount>;
  /** Volunteers matching the filter. */
  total: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Community: Community;
  Dispute: Dispute;
  Enterprise: Enterprise;
  Grid: Grid;
  Volunteer: Volunteer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"id":true}> );
  Dispute:
    ( { __typename: 'Dispute' }
    & GraphQLRecursivePick<FederationTypes['Dispute'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Grid:
    ( { __typename: 'Grid' }
    & GraphQLRecursivePick<FederationTypes['Grid'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  Community: ResolverTypeWrapper<CommunityMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConsultationChannel: ResolverTypeWrapper<'REMOTE_VIDEO_PLATFORM' | 'LEGAL_TOUCH_SCREEN' | 'WALK_IN' | 'HOTLINE'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dispute: ResolverTypeWrapper<DisputeMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisputeConnection: ResolverTypeWrapper<DisputeConnectionMapper>;
  DisputeCount: ResolverTypeWrapper<DisputeCount>;
  DisputeEdge: ResolverTypeWrapper<Omit<DisputeEdge, 'node'> & { node: ResolversTypes['Dispute'] }>;
  DisputeFilter: DisputeFilter;
  DisputeKind: ResolverTypeWrapper<'ENTERPRISE_RELATED' | 'TOURIST' | 'DEMOLITION_RESETTLEMENT' | 'NEIGHBOUR_FAMILY' | 'LABOUR' | 'OTHER'>;
  DisputeLevel: ResolverTypeWrapper<'GRID' | 'COMMUNITY' | 'STREET' | 'DISTRICT'>;
  DisputeParty: ResolverTypeWrapper<DisputePartyMapper>;
  DisputePartyInput: DisputePartyInput;
  DisputeSort: DisputeSort;
  DisputeSortField: ResolverTypeWrapper<'REPORTED_AT'>;
  DisputeStatistics: ResolverTypeWrapper<DisputeStatisticsMapper>;
  DisputeStatus: ResolverTypeWrapper<'REPORTED' | 'ACCEPTED' | 'MEDIATING' | 'AGREEMENT_REACHED' | 'FAILED' | 'JUDICIALLY_CONFIRMED' | 'FOLLOWED_UP' | 'CLOSED'>;
  DisputeStatusChange: ResolverTypeWrapper<DisputeStatusChangeMapper>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  Escalation: ResolverTypeWrapper<EscalationMapper>;
  FollowUpInput: FollowUpInput;
  FollowUpVisit: ResolverTypeWrapper<FollowUpVisitMapper>;
  Grid: ResolverTypeWrapper<GridMapper>;
  GridDisputeCount: ResolverTypeWrapper<GridDisputeCountMapper>;
  GridWorker: ResolverTypeWrapper<GridWorkerMapper>;
  IntakeChannel: ResolverTypeWrapper<'GRID_PATROL' | 'WALK_IN' | 'HOTLINE' | 'REMOTE_VIDEO_PLATFORM' | 'LEGAL_TOUCH_SCREEN' | 'ENTERPRISE_REPORT'>;
  JudicialConfirmation: ResolverTypeWrapper<JudicialConfirmationMapper>;
  JudicialConfirmationInput: JudicialConfirmationInput;
  LegalConsultation: ResolverTypeWrapper<LegalConsultationMapper>;
  LegalConsultationConnection: ResolverTypeWrapper<LegalConsultationConnectionMapper>;
  LegalConsultationEdge: ResolverTypeWrapper<Omit<LegalConsultationEdge, 'node'> & { node: ResolversTypes['LegalConsultation'] }>;
  LegalConsultationFilter: LegalConsultationFilter;
  LegalConsultationSort: LegalConsultationSort;
  LegalConsultationSortField: ResolverTypeWrapper<'ASKED_AT'>;
  MediationAgreement: ResolverTypeWrapper<MediationAgreementMapper>;
  MediationSession: ResolverTypeWrapper<MediationSessionMapper>;
  MediationSessionInput: MediationSessionInput;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyRole: ResolverTypeWrapper<'APPLICANT' | 'RESPONDENT'>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordLegalConsultationInput: RecordLegalConsultationInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReportDisputeInput: ReportDisputeInput;
  SessionMode: ResolverTypeWrapper<'ON_SITE' | 'REMOTE_VIDEO'>;
  SortDirection: SortDirection;
  Volunteer: ResolverTypeWrapper<VolunteerMapper>;
  VolunteerConnection: ResolverTypeWrapper<VolunteerConnectionMapper>;
  VolunteerDuty: ResolverTypeWrapper<'PATROL' | 'SAFETY_INSPECTION' | 'MEDIATION'>;
  VolunteerDutyCount: ResolverTypeWrapper<Omit<VolunteerDutyCount, 'duty'> & { duty: ResolversTypes['VolunteerDuty'] }>;
  VolunteerEdge: ResolverTypeWrapper<Omit<VolunteerEdge, 'node'> & { node: ResolversTypes['Volunteer'] }>;
  VolunteerFilter: VolunteerFilter;
  VolunteerSort: VolunteerSort;
  VolunteerSortField: ResolverTypeWrapper<'JOINED_ON'>;
  VolunteerStatistics: ResolverTypeWrapper<VolunteerStatisticsMapper>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActorStamp: ActorStamp;
  Community: CommunityMapper;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dispute: DisputeMapper;
  Boolean: Scalars['Boolean']['output'];
  DisputeConnection: DisputeConnectionMapper;
  DisputeCount: DisputeCount;
  DisputeEdge: Omit<DisputeEdge, 'node'> & { node: ResolversParentTypes['Dispute'] };
  DisputeFilter: DisputeFilter;
  DisputeParty: DisputePartyMapper;
  DisputePartyInput: DisputePartyInput;
  DisputeSort: DisputeSort;
  DisputeStatistics: DisputeStatisticsMapper;
  DisputeStatusChange: DisputeStatusChangeMapper;
  Enterprise: EnterpriseMapper;
  Escalation: EscalationMapper;
  FollowUpInput: FollowUpInput;
  FollowUpVisit: FollowUpVisitMapper;
  Grid: GridMapper;
  GridDisputeCount: GridDisputeCountMapper;
  GridWorker: GridWorkerMapper;
  JudicialConfirmation: JudicialConfirmationMapper;
  JudicialConfirmationInput: JudicialConfirmationInput;
  LegalConsultation: LegalConsultationMapper;
  LegalConsultationConnection: LegalConsultationConnectionMapper;
  LegalConsultationEdge: Omit<LegalConsultationEdge, 'node'> & { node: ResolversParentTypes['LegalConsultation'] };
  LegalConsultationFilter: LegalConsultationFilter;
  LegalConsultationSort: LegalConsultationSort;
  MediationAgreement: MediationAgreementMapper;
  MediationSession: MediationSessionMapper;
  MediationSessionInput: MediationSessionInput;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  Query: Record<PropertyKey, never>;
  RecordLegalConsultationInput: RecordLegalConsultationInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReportDisputeInput: ReportDisputeInput;
  Volunteer: VolunteerMapper;
  VolunteerConnection: VolunteerConnectionMapper;
  VolunteerDutyCount: VolunteerDutyCount;
  VolunteerEdge: Omit<VolunteerEdge, 'node'> & { node: ResolversParentTypes['Volunteer'] };
  VolunteerFilter: VolunteerFilter;
  VolunteerSort: VolunteerSort;
  VolunteerStatistics: VolunteerStatisticsMapper;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = MediationContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorStampResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areaKm2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peakDailyTourists?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  residentialCompounds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  residents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ConsultationChannelResolvers = EnumResolverSignature<{ HOTLINE?: any, LEGAL_TOUCH_SCREEN?: any, REMOTE_VIDEO_PLATFORM?: any, WALK_IN?: any }, ResolversTypes['ConsultationChannel']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisputeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'], FederationReferenceType extends FederationReferenceTypes['Dispute'] = FederationReferenceTypes['Dispute']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['MediationAgreement']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  escalations?: Resolver<Array<ResolversTypes['Escalation']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUpVisit']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisputeStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  judicialConfirmation?: Resolver<Maybe<ResolversTypes['JudicialConfirmation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DisputeKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DisputeLevel'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['DisputeParty']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedAtLevel?: Resolver<Maybe<ResolversTypes['DisputeLevel']>, ParentType, ContextType>;
  resolvedAtLevelLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['MediationSession']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeConnection'] = ResolversParentTypes['DisputeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisputeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeCount'] = ResolversParentTypes['DisputeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
}>;

export type DisputeKindResolvers = EnumResolverSignature<{ DEMOLITION_RESETTLEMENT?: any, ENTERPRISE_RELATED?: any, LABOUR?: any, NEIGHBOUR_FAMILY?: any, OTHER?: any, TOURIST?: any }, ResolversTypes['DisputeKind']>;

export type DisputeLevelResolvers = EnumResolverSignature<{ COMMUNITY?: any, DISTRICT?: any, GRID?: any, STREET?: any }, ResolversTypes['DisputeLevel']>;

export type DisputePartyResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeParty'] = ResolversParentTypes['DisputeParty']> = ResolversObject<{
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PartyRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeSortFieldResolvers = EnumResolverSignature<{ REPORTED_AT?: any }, ResolversTypes['DisputeSortField']>;

export type DisputeStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeStatistics'] = ResolversParentTypes['DisputeStatistics']> = ResolversObject<{
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byGrid?: Resolver<Array<ResolversTypes['GridDisputeCount']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  localResolutionShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedByLevel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  resolvedLocally?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, AGREEMENT_REACHED?: any, CLOSED?: any, FAILED?: any, FOLLOWED_UP?: any, JUDICIALLY_CONFIRMED?: any, MEDIATING?: any, REPORTED?: any }, ResolversTypes['DisputeStatus']>;

export type DisputeStatusChangeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeStatusChange'] = ResolversParentTypes['DisputeStatusChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DisputeStatus']>, ParentType, ContextType>;
  fromLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, Partial<EnterprisedisputesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EscalationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Escalation'] = ResolversParentTypes['Escalation']> = ResolversObject<{
  escalated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DisputeLevel'], ParentType, ContextType>;
  fromLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DisputeLevel'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpVisitResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['FollowUpVisit'] = ResolversParentTypes['FollowUpVisit']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type GridResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid'], FederationReferenceType extends FederationReferenceTypes['Grid'] = FederationReferenceTypes['Grid']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Grid']> | FederationReferenceType, FederationReferenceType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  covers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openDisputeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['GridWorker']>, ParentType, ContextType>;
}>;

export type GridDisputeCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridDisputeCount'] = ResolversParentTypes['GridDisputeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
}>;

export type GridWorkerResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridWorker'] = ResolversParentTypes['GridWorker']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IntakeChannelResolvers = EnumResolverSignature<{ ENTERPRISE_REPORT?: any, GRID_PATROL?: any, HOTLINE?: any, LEGAL_TOUCH_SCREEN?: any, REMOTE_VIDEO_PLATFORM?: any, WALK_IN?: any }, ResolversTypes['IntakeChannel']>;

export type JudicialConfirmationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['JudicialConfirmation'] = ResolversParentTypes['JudicialConfirmation']> = ResolversObject<{
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LegalConsultationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultation'] = ResolversParentTypes['LegalConsultation']> = ResolversObject<{
  answerSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsultationChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LegalConsultationConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationConnection'] = ResolversParentTypes['LegalConsultationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LegalConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LegalConsultationEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationEdge'] = ResolversParentTypes['LegalConsultationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType>;
}>;

export type LegalConsultationSortFieldResolvers = EnumResolverSignature<{ ASKED_AT?: any }, ResolversTypes['LegalConsultationSortField']>;

export type MediationAgreementResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationAgreement'] = ResolversParentTypes['MediationAgreement']> = ResolversObject<{
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MediationSessionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationSession'] = ResolversParentTypes['MediationSession']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mediatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SessionMode'], ParentType, ContextType>;
  modeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationacceptDisputeArgs, 'expectedVersion' | 'id'>>;
  closeDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationcloseDisputeArgs, 'expectedVersion' | 'id'>>;
  confirmJudicially?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationconfirmJudiciallyArgs, 'confirmation' | 'expectedVersion' | 'id'>>;
  escalateDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationescalateDisputeArgs, 'expectedVersion' | 'id' | 'reason'>>;
  failMediation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationfailMediationArgs, 'expectedVersion' | 'id' | 'reason'>>;
  reachAgreement?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreachAgreementArgs, 'expectedVersion' | 'id' | 'terms'>>;
  recordFollowUp?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordFollowUpArgs, 'expectedVersion' | 'id' | 'visit'>>;
  recordLegalConsultation?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType, RequireFields<MutationrecordLegalConsultationArgs, 'input'>>;
  recordMediationSession?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordMediationSessionArgs, 'expectedVersion' | 'id' | 'session'>>;
  registerVolunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationregisterVolunteerArgs, 'input'>>;
  reportDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreportDisputeArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyRoleResolvers = EnumResolverSignature<{ APPLICANT?: any, RESPONDENT?: any }, ResolversTypes['PartyRole']>;

export type PiiAuditRecordResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientRequestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PiiAuditRecordConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QuerycommunityArgs, 'id'>>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<QuerydisputeArgs, 'id'>>;
  disputeStatistics?: Resolver<ResolversTypes['DisputeStatistics'], ParentType, ContextType, Partial<QuerydisputeStatisticsArgs>>;
  disputes?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, Partial<QuerydisputesArgs>>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType, RequireFields<QuerygridArgs, 'id'>>;
  legalConsultations?: Resolver<ResolversTypes['LegalConsultationConnection'], ParentType, ContextType, Partial<QuerylegalConsultationsArgs>>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryvolunteerArgs, 'id'>>;
  volunteerStatistics?: Resolver<ResolversTypes['VolunteerStatistics'], ParentType, ContextType, Partial<QueryvolunteerStatisticsArgs>>;
  volunteers?: Resolver<ResolversTypes['VolunteerConnection'], ParentType, ContextType, Partial<QueryvolunteersArgs>>;
}>;

export type SessionModeResolvers = EnumResolverSignature<{ ON_SITE?: any, REMOTE_VIDEO?: any }, ResolversTypes['SessionMode']>;

export type VolunteerResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['VolunteerDuty']>, ParentType, ContextType>;
  dutyLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VolunteerConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerConnection'] = ResolversParentTypes['VolunteerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VolunteerDutyResolvers = EnumResolverSignature<{ MEDIATION?: any, PATROL?: any, SAFETY_INSPECTION?: any }, ResolversTypes['VolunteerDuty']>;

export type VolunteerDutyCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerDutyCount'] = ResolversParentTypes['VolunteerDutyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['VolunteerDuty'], ParentType, ContextType>;
  dutyLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VolunteerEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerEdge'] = ResolversParentTypes['VolunteerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
}>;

export type VolunteerSortFieldResolvers = EnumResolverSignature<{ JOINED_ON?: any }, ResolversTypes['VolunteerSortField']>;

export type VolunteerStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerStatistics'] = ResolversParentTypes['VolunteerStatistics']> = ResolversObject<{
  byDuty?: Resolver<Array<ResolversTypes['VolunteerDutyCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = MediationContext> = ResolversObject<{
  ActorStamp?: ActorStampResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  ConsultationChannel?: ConsultationChannelResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeCount?: DisputeCountResolvers<ContextType>;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  DisputeKind?: DisputeKindResolvers;
  DisputeLevel?: DisputeLevelResolvers;
  DisputeParty?: DisputePartyResolvers<ContextType>;
  DisputeSortField?: DisputeSortFieldResolvers;
  DisputeStatistics?: DisputeStatisticsResolvers<ContextType>;
  DisputeStatus?: DisputeStatusResolvers;
  DisputeStatusChange?: DisputeStatusChangeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Escalation?: EscalationResolvers<ContextType>;
  FollowUpVisit?: FollowUpVisitResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  GridDisputeCount?: GridDisputeCountResolvers<ContextType>;
  GridWorker?: GridWorkerResolvers<ContextType>;
  IntakeChannel?: IntakeChannelResolvers;
  JudicialConfirmation?: JudicialConfirmationResolvers<ContextType>;
  LegalConsultation?: LegalConsultationResolvers<ContextType>;
  LegalConsultationConnection?: LegalConsultationConnectionResolvers<ContextType>;
  LegalConsultationEdge?: LegalConsultationEdgeResolvers<ContextType>;
  LegalConsultationSortField?: LegalConsultationSortFieldResolvers;
  MediationAgreement?: MediationAgreementResolvers<ContextType>;
  MediationSession?: MediationSessionResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyRole?: PartyRoleResolvers;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SessionMode?: SessionModeResolvers;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerConnection?: VolunteerConnectionResolvers<ContextType>;
  VolunteerDuty?: VolunteerDutyResolvers;
  VolunteerDutyCount?: VolunteerDutyCountResolvers<ContextType>;
  VolunteerEdge?: VolunteerEdgeResolvers<ContextType>;
  VolunteerSortField?: VolunteerSortFieldResolvers;
  VolunteerStatistics?: VolunteerStatisticsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = MediationContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
