import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgreementSignatureMapper, ConfirmationApplicationMapper, FollowUpVisitMapper, JudicialConfirmationMapper, MediationAgreementMapper, MediationSessionMapper } from './mediation/mediation.mappers';
import type { CommunityMapper, GridMapper, GridWorkerMapper } from './community/community.mappers';
import type { CommunityLocalResolutionMapper, DisputeStatisticsMapper, GridDisputeCountMapper } from './statistics/statistics.mappers';
import type { CourtActionRecordMapper, DisputeDeclineMapper, EndNoticeMapper, MediatorChangeMapper, PerformanceUrgeMapper } from './process/process.mappers';
import type { DisputeMapper, DisputeConnectionMapper, DisputePartyMapper, DisputeStatusChangeMapper, EscalationMapper } from './dispute/dispute.mappers';
import type { DisputeGroupMapper, DutyShiftGroupMapper, LegalConsultationGroupMapper, VolunteerGroupMapper } from './analytics/analytics.mappers';
import type { DisputeTimeRulesMapper } from './timerules/timerules.mappers';
import type { DutyShiftMapper, DutyShiftConnectionMapper, DutyShiftStatisticsMapper, GridDutyShiftCountMapper, GridMonthShiftCountMapper, PoliceOfficerMapper } from './people/people.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { LegalConsultationMapper, LegalConsultationConnectionMapper, LegalConsultationStatisticsMapper } from './legal/legal.mappers';
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

/** One key of an aggregate's group: which dimension, its value and the value's Chinese label. */
export type AggregateKey = {
  __typename?: 'AggregateKey';
  /** The dimension, as named in the entity's `…Dimension` enum (e.g. ITEM, STATUS, TIME). */
  dimension: Scalars['String']['output'];
  /** The value in Chinese (e.g. 已受理, 2026年3月); for a record, its name where this subgraph knows it, else its id. */
  label: Scalars['String']['output'];
  /** The value: an enum value (e.g. SUBMITTED), a record id, or a time bucket key (2026-03, 2026-W09, 2026-Q1, 2026, 2026-03-05); null for records without a value. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Form of a mediation agreement (人民调解法 art. 28). 协议形式 */
export type AgreementForm =
  /** 口头调解协议 — oral agreement recorded by the mediator (arts. 28, 30) */
  | 'ORAL'
  /** 书面调解协议 — written agreement (调解协议书, arts. 28–29) */
  | 'WRITTEN';

/** The seal of the people's mediation committee (人民调解法 art. 29 ¶2). */
export type AgreementSeal = {
  __typename?: 'AgreementSeal';
  /** When it was sealed. */
  at: Scalars['DateTime']['output'];
  /** The committee, e.g. 白虎滩社区人民调解委员会. */
  committee: Scalars['String']['output'];
};

/** A signature on an agreement: who, how and when. */
export type AgreementSignature = {
  __typename?: 'AgreementSignature';
  /** When it was signed. */
  at: Scalars['DateTime']['output'];
  /** The mediator (signer MEDIATOR). */
  mediator?: Maybe<Mediator>;
  /** Signature, seal or fingerprint. */
  method: SigningMethod;
  /** Chinese label of the method. */
  methodLabel: Scalars['String']['output'];
  /** The party (signer PARTY). */
  party?: Maybe<DisputeParty>;
  /** A party or a mediator. */
  signer: Signer;
  /** Chinese label of the signer. */
  signerLabel: Scalars['String']['output'];
};

/** The answer to a consultation. */
export type AnswerLegalConsultationInput = {
  /** Summary of the answer, 1–2000 characters. */
  answerSummary: Scalars['String']['input'];
  /** The lawyer answering (an active volunteer with role LAWYER). */
  lawyerId: Scalars['ID']['input'];
  /** Outcome, up to 200 characters. */
  outcome?: InputMaybe<Scalars['String']['input']>;
};

/** A community (社区) or park area handled with the grid method. 社区 */
export type Community = {
  __typename?: 'Community';
  /** Area in square kilometres. */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  /** District, e.g. 东坡区. */
  district: Scalars['String']['output'];
  /** Its grids, by name (reference records, a few per community: not paged). */
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

/** Local resolution (矛盾不上交) of the closed disputes of one community. */
export type CommunityLocalResolution = {
  __typename?: 'CommunityLocalResolution';
  /** The community. */
  community?: Maybe<Community>;
  /** Closed disputes of the community (resolved or not). */
  count: Scalars['Int']['output'];
  /** The community's id. */
  key: Scalars['ID']['output'];
  /** The community's name. */
  label: Scalars['String']['output'];
  /** resolvedLocallyCount / count (0 when none closed). */
  localResolutionRate: Scalars['Float']['output'];
  /** Of those, resolved at grid or community level. */
  resolvedLocallyCount: Scalars['Int']['output'];
};

/** An application for judicial confirmation and its outcome (人民调解法 art. 33). 司法确认申请 */
export type ConfirmationApplication = {
  __typename?: 'ConfirmationApplication';
  /** When the parties applied (within 30 days of the agreement taking effect). */
  appliedOn: Scalars['Date']['output'];
  /** The court's case number (调确字), once known. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** The court applied to. */
  court: Scalars['String']['output'];
  /** When the court decided. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether both parties applied together (art. 33 requires it). */
  jointApplication: Scalars['Boolean']['output'];
  /** Confirmed or rejected; null while pending. */
  outcome?: Maybe<ConfirmationOutcome>;
  /** Chinese label of the outcome. */
  outcomeLabel?: Maybe<Scalars['String']['output']>;
  /** Who recorded it. */
  recorded: ActorStamp;
  /** Why the court rejected it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
};

/** An application for judicial confirmation. */
export type ConfirmationApplicationInput = {
  /** When the parties applied: within 30 days of the agreement taking effect (人民调解法 art. 33), not after today. */
  appliedOn: Scalars['Date']['input'];
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** Both parties applied together (must be true: art. 33 requires a joint application). */
  jointApplication: Scalars['Boolean']['input'];
};

/** Outcome of a judicial confirmation. 司法确认结果 */
export type ConfirmationOutcome =
  /** 确认有效 — the court confirmed the agreement */
  | 'CONFIRMED'
  /** 驳回申请 — the court rejected the application */
  | 'REJECTED';

/** The court's decision on an application. */
export type ConfirmationOutcomeInput = {
  /** Case number (调确字), 1–100 characters. */
  caseNumber: Scalars['String']['input'];
  /** When the court decided (not before the application, not after today). */
  decidedOn: Scalars['Date']['input'];
  /** Confirmed or rejected. */
  outcome: ConfirmationOutcome;
  /** Why it was rejected (required when REJECTED), 1–500 characters. */
  rejectionReason?: InputMaybe<Scalars['String']['input']>;
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

/** Consultations from one channel. */
export type ConsultationChannelCount = {
  __typename?: 'ConsultationChannelCount';
  /** Number of consultations. */
  count: Scalars['Int']['output'];
  /** The channel. */
  key: ConsultationChannel;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A count of consultations for one value of a dimension (untyped key: see ConsultationStatusCount, ConsultationChannelCount). */
export type ConsultationCount = {
  __typename?: 'ConsultationCount';
  /** Number of consultations. */
  count: Scalars['Int']['output'];
  /** The enum value. */
  key: Scalars['String']['output'];
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Where a legal consultation is in its queue. 咨询状态 */
export type ConsultationStatus =
  /** 已解答 — answered */
  | 'ANSWERED'
  /** 已转调解 — answered and followed by a dispute */
  | 'FOLLOWED_BY_DISPUTE'
  /** 待解答 — requested, waiting for a lawyer */
  | 'REQUESTED';

/** Consultations in one status. */
export type ConsultationStatusCount = {
  __typename?: 'ConsultationStatusCount';
  /** Number of consultations. */
  count: Scalars['Int']['output'];
  /** The status. */
  key: ConsultationStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** What a party took to court. 诉讼或执行 */
export type CourtAction =
  /** 申请强制执行 — enforcement of a judicially confirmed agreement (人民调解法 art. 33 ¶2) */
  | 'ENFORCEMENT'
  /** 提起诉讼 — a suit on the agreement's performance or content (人民调解法 art. 32) */
  | 'LITIGATION';

/** A suit or enforcement application to record. */
export type CourtActionInput = {
  /** Case number, up to 100 characters. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** When it was filed (not after today). */
  filedOn: Scalars['Date']['input'];
  /** Suit or enforcement (enforcement only of a judicially confirmed agreement). */
  kind: CourtAction;
};

/** A suit or enforcement application about the agreement. */
export type CourtActionRecord = {
  __typename?: 'CourtActionRecord';
  /** The court's case number, if known. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** The court. */
  court: Scalars['String']['output'];
  /** When it was filed. */
  filedOn: Scalars['Date']['output'];
  /** Suit or enforcement. */
  kind: CourtAction;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Who recorded it and when. */
  recorded: ActorStamp;
};

/** Ground on which mediation is declined. 不予调解理由 */
export type DeclineGround =
  /** 已由人民法院、公安机关或其他行政机关受理或解决 — already accepted or settled by a court, the police or another authority (人民调解工作若干规定 art. 22 (2)) */
  | 'HANDLED_BY_AUTHORITY'
  /** 当事人一方明确拒绝调解 — a party clearly refuses mediation (人民调解法 art. 17) */
  | 'PARTY_REFUSES'
  /** 依法只能由专门机关处理 — by law only a specialised authority may handle it (人民调解工作若干规定 art. 22 (1)) */
  | 'RESERVED_TO_AUTHORITY';

/** A dispute found by the mass-prevention force or reported by a party. 矛盾纠纷 */
export type Dispute = {
  __typename?: 'Dispute';
  /** When it was accepted (受理登记), the server's clock; null before. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The agreement, once reached. */
  agreement?: Maybe<MediationAgreement>;
  /** How it reached the mediators. */
  channel: IntakeChannel;
  /** Chinese label of the channel. */
  channelLabel: Scalars['String']['output'];
  /** When it was closed (the server's clock). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The community it belongs to. */
  community?: Maybe<Community>;
  /** The application for judicial confirmation and its outcome, if the parties applied. */
  confirmationApplication?: Maybe<ConfirmationApplication>;
  /** The suit or enforcement application, if the dispute went to court. */
  courtAction?: Maybe<CourtActionRecord>;
  /** Who reported it and when. */
  created: ActorStamp;
  /** Why it was declined (不予调解), if it was. */
  declined?: Maybe<DisputeDecline>;
  /** Details. */
  description?: Maybe<Scalars['String']['output']>;
  /** The notice of other routes given when mediation ended without agreement (人民调解法 art. 26). */
  endNotice?: Maybe<EndNotice>;
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
  /** Judicial confirmation of the agreement, once the court confirmed it. */
  judicialConfirmation?: Maybe<JudicialConfirmation>;
  /** Kind of dispute. */
  kind: DisputeKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Level at which it is being handled. */
  level: DisputeLevel;
  /** Chinese label of the level. */
  levelLabel: Scalars['String']['output'];
  /** Assignments and replacements of mediators, oldest first. */
  mediatorChanges: Array<MediatorChange>;
  /** The mediators now assigned (人民调解法 art. 19). */
  mediators: Array<Mediator>;
  /** When the dispute arose, as the reporter states it (kept as stated, not checked by the server); null when not stated. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record of another department it came from (e.g. a community-safety Incident), if any. */
  origin?: Maybe<DisputeOrigin>;
  /** Parties. */
  parties: Array<DisputeParty>;
  /** Performance of the agreement as the latest follow-up found it. */
  performance?: Maybe<Performance>;
  /** Chinese label of the performance. */
  performanceLabel?: Maybe<Scalars['String']['output']>;
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
  /** Whether this is a 治安调解 led by the police (公安机关治安调解工作规范). */
  securityMediation: Scalars['Boolean']['output'];
  /** Mediation sessions, oldest first. */
  sessions: Array<MediationSession>;
  /** Where it is in its handling. */
  status: DisputeStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Its time rules at the server's clock: limits, windows and what is overdue. */
  timeRules: DisputeTimeRules;
  /** Short summary. */
  title: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** How urgent it is. */
  urgency: Urgency;
  /** Chinese label of the urgency. */
  urgencyLabel: Scalars['String']['output'];
  /** Times a party was urged to perform (art. 31 ¶2), oldest first. */
  urges: Array<PerformanceUrge>;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


/** A dispute found by the mass-prevention force or reported by a party. 矛盾纠纷 */
export type DisputeenterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A dispute found by the mass-prevention force or reported by a party. 矛盾纠纷 */
export type DisputetimeRulesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Disputes grouped by the requested dimensions. */
export type DisputeAggregate = {
  __typename?: 'DisputeAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending; no value first). */
  groups: Array<DisputeGroup>;
  /** All matched disputes: counts and sums are the sums over the groups, so with ENTERPRISE or MEDIATOR in groupBy a dispute of several enterprises or mediators counts once per group; rates and averages are over the same sums. */
  totals: DisputeGroup;
};

/** Disputes from one intake channel. */
export type DisputeChannelCount = {
  __typename?: 'DisputeChannelCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The channel. */
  key: IntakeChannel;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
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

/** A count of disputes for one value of a dimension (kind, level, status or channel; untyped key: see DisputeKindCount and the other typed rows). */
export type DisputeCount = {
  __typename?: 'DisputeCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The enum value, e.g. TOURIST. */
  key: Scalars['String']['output'];
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Why a dispute was declined. 不予调解 */
export type DisputeDecline = {
  __typename?: 'DisputeDecline';
  /** Who declined it and when (the server's clock). */
  declined: ActorStamp;
  /** The ground. */
  ground: DeclineGround;
  /** Chinese label of the ground. */
  groundLabel: Scalars['String']['output'];
  /** Details, 1–500 characters. */
  reason: Scalars['String']['output'];
};

/** A dimension disputes can be grouped by in disputeAggregate. 纠纷统计维度 */
export type DisputeDimension =
  /** 受理渠道 — the intake channel */
  | 'CHANNEL'
  /** 社区 — the community (label: its name) */
  | 'COMMUNITY'
  /** 企业 — an enterprise among the parties: a dispute with several counts in each of their groups, one without in the group without value (ENTERPRISE users: only their own enterprise's group) */
  | 'ENTERPRISE'
  /** 网格 — the grid (label: its name) */
  | 'GRID'
  /** 纠纷类型 — the kind */
  | 'KIND'
  /** 调处层级 — the level it is handled at now */
  | 'LEVEL'
  /** 调解员 — a mediator ever assigned or present at a session (volunteer or police officer id, label the id): a dispute with several counts in each of their groups */
  | 'MEDIATOR'
  /** 化解层级 — the level the agreement was reached at (no value: no agreement) */
  | 'RESOLVED_LEVEL'
  /** 调处状态 — the status */
  | 'STATUS'
  /** 时间 — reportedAt (the report time), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 紧急程度 — the urgency */
  | 'URGENCY';

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
  /** Only of any of these communities. */
  communityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only disputes this enterprise is a party to. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only disputes any of these enterprises is a party to. */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only escalated at least once (true) or never (false). */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<DisputeKind>>;
  /** Only at these levels. */
  levels?: InputMaybe<Array<DisputeLevel>>;
  /** Only disputes this mediator (volunteer or police officer id) was assigned to or mediated. */
  mediatorId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only reported in this month, YYYY-MM (China Standard Time). With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only reported in any of these months, YYYY-MM (China Standard Time; the month of reportedAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only reported before this instant (exclusive); not before reportedFrom. */
  reportedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reported at or after this instant (inclusive). */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only resolved (true) or unresolved (false). */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only in these statuses. */
  statuses?: InputMaybe<Array<DisputeStatus>>;
  /** Only of these urgencies. */
  urgencies?: InputMaybe<Array<Urgency>>;
};

/** One group of disputes in disputeAggregate: its keys, its count and the measures of its disputes (rates are null when there is nothing to measure). */
export type DisputeGroup = {
  __typename?: 'DisputeGroup';
  /** Average whole days from report to closing over closed disputes with an agreement; null when none. */
  averageDaysToResolve?: Maybe<Scalars['Float']['output']>;
  /** Average satisfaction (1–5) over rated disputes; null when none. */
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  /** Closed disputes (status CLOSED), resolved or not. */
  closedCount: Scalars['Int']['output'];
  /** Closed disputes whose mediation ended within 1 month of acceptance (人民调解工作若干规定 art. 33). */
  closedWithinMonthCount: Scalars['Int']['output'];
  /** closedWithinMonthCount / closedCount; null when none closed. */
  closedWithinMonthRate?: Maybe<Scalars['Float']['output']>;
  /** The community of the group (groupBy COMMUNITY). */
  community?: Maybe<Community>;
  /** Disputes in the group. */
  count: Scalars['Int']['output'];
  /** The enterprise of the group (groupBy ENTERPRISE), joined through federation. */
  enterprise?: Maybe<Enterprise>;
  /** Disputes escalated at least once (上报). */
  escalatedCount: Scalars['Int']['output'];
  /** escalatedCount / count; null for an empty group. */
  escalationRate?: Maybe<Scalars['Float']['output']>;
  /** followedUpCount / resolvedCount; null when none resolved. */
  followUpRate?: Maybe<Scalars['Float']['output']>;
  /** Agreements in force awaiting their first follow-up visit (回访待办: agreement reached, confirmation applied or confirmed, no visit yet). */
  followUpsDueCount: Scalars['Int']['output'];
  /** Of those, past their follow-up due time at the server's clock (the list: overdueDisputes(rule: FOLLOW_UP)). */
  followUpsOverdueCount: Scalars['Int']['output'];
  /** Resolved disputes with at least one follow-up visit. */
  followedUpCount: Scalars['Int']['output'];
  /** The grid of the group (groupBy GRID). */
  grid?: Maybe<Grid>;
  /** judiciallyConfirmedCount / resolvedCount; null when none resolved. */
  judicialConfirmationRate?: Maybe<Scalars['Float']['output']>;
  /** Disputes whose agreement the court confirmed. */
  judiciallyConfirmedCount: Scalars['Int']['output'];
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** 矛盾不上交: resolvedLocallyCount / closedCount (a failed and closed dispute counts against it); null when none closed. */
  localResolutionRate?: Maybe<Scalars['Float']['output']>;
  /** performedCount / resolvedCount (agreements performed); null when none resolved. */
  performanceRate?: Maybe<Scalars['Float']['output']>;
  /** Disputes whose agreement a follow-up found fulfilled. */
  performedCount: Scalars['Int']['output'];
  /** Disputes with a satisfaction rating. */
  ratedCount: Scalars['Int']['output'];
  /** Disputes with an agreement. */
  resolvedCount: Scalars['Int']['output'];
  /** Closed disputes resolved at grid or community level (矛盾不上交). */
  resolvedLocallyCount: Scalars['Int']['output'];
};

/** Kind of a dispute. 纠纷类型 */
export type DisputeKind =
  /** 合同纠纷 — contract dispute */
  | 'CONTRACT'
  /** 征地拆迁纠纷 — demolition and resettlement dispute */
  | 'DEMOLITION_RESETTLEMENT'
  /** 涉企纠纷 — enterprise-related dispute */
  | 'ENTERPRISE_RELATED'
  /** 婚姻家庭纠纷 — marriage and family dispute */
  | 'FAMILY'
  /** 劳资纠纷 — labour dispute */
  | 'LABOUR'
  /** 邻里纠纷 — neighbour dispute */
  | 'NEIGHBOUR'
  /** 邻里家庭纠纷 — neighbour or family dispute (the old merged kind) */
  | 'NEIGHBOUR_FAMILY'
  /** 其他纠纷 — other dispute */
  | 'OTHER'
  /** 涉旅纠纷 — tourist dispute */
  | 'TOURIST';

/** Disputes of one kind. */
export type DisputeKindCount = {
  __typename?: 'DisputeKindCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The kind. */
  key: DisputeKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

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

/** Disputes at one level. */
export type DisputeLevelCount = {
  __typename?: 'DisputeLevelCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The level. */
  key: DisputeLevel;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** The record of another department a dispute came from. */
export type DisputeOrigin = {
  __typename?: 'DisputeOrigin';
  /** Id of the record. */
  id: Scalars['ID']['output'];
  /** Subgraph (department) holding the record. */
  subgraph: Scalars['String']['output'];
  /** GraphQL type of the record. */
  typename: Scalars['String']['output'];
};

/** A record of another department a dispute comes from. */
export type DisputeOriginInput = {
  /** Id of the record (a 24-hex id). */
  id: Scalars['ID']['input'];
  /** Subgraph (department) holding the record, e.g. community-safety. */
  subgraph: Scalars['String']['input'];
  /** GraphQL type of the record, e.g. Incident. */
  typename: Scalars['String']['input'];
};

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

/** Statistics of disputes (computed in the database); every rate is a count of records divided by a count of records, both given. */
export type DisputeStatistics = {
  __typename?: 'DisputeStatistics';
  /** Average whole days from report to closing over closed disputes with an agreement (null when none). */
  averageDaysToResolve?: Maybe<Scalars['Float']['output']>;
  /** Average satisfaction (1–5) over rated disputes, null when none. */
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  /**
   * By intake channel (every channel, zero included).
   * @deprecated Use channelCounts (key typed IntakeChannel).
   */
  byChannel: Array<DisputeCount>;
  /** By grid (grids with at least one dispute), most disputes first. */
  byGrid: Array<GridDisputeCount>;
  /**
   * By kind (every kind, zero included).
   * @deprecated Use kindCounts (key typed DisputeKind).
   */
  byKind: Array<DisputeCount>;
  /**
   * By current level (every level, zero included).
   * @deprecated Use levelCounts (key typed DisputeLevel).
   */
  byLevel: Array<DisputeCount>;
  /** By month reported (China Standard Time). */
  byMonth: Array<MonthCount>;
  /**
   * By status (every status, zero included).
   * @deprecated Use statusCounts (key typed DisputeStatus).
   */
  byStatus: Array<DisputeCount>;
  /**
   * By urgency (every urgency, zero included).
   * @deprecated Use urgencyCounts (key typed Urgency).
   */
  byUrgency: Array<DisputeCount>;
  /** By intake channel (every channel, zero included). */
  channelCounts: Array<DisputeChannelCount>;
  /** Closed disputes (status CLOSED), resolved or not. */
  closed: Scalars['Int']['output'];
  /** Closed disputes resolved at grid or community level. */
  closedResolvedLocally: Scalars['Int']['output'];
  /** Closed disputes whose mediation ended (agreement reached or ended without one) within 1 month of acceptance (人民调解工作若干规定 art. 33: 一般在一个月内调结). */
  closedWithinMonth: Scalars['Int']['output'];
  /** closedWithinMonth / closed (0 when none closed). */
  closedWithinMonthRate: Scalars['Float']['output'];
  /**
   * closedWithinMonth / closed (0 when none closed).
   * @deprecated Use closedWithinMonthRate.
   */
  closedWithinMonthShare: Scalars['Float']['output'];
  /** The local-resolution rate per community (communities with a closed dispute), by name. */
  communityLocalResolution: Array<CommunityLocalResolution>;
  /** Disputes escalated at least once. */
  escalated: Scalars['Int']['output'];
  /** escalated / total (0 when none). */
  escalationRate: Scalars['Float']['output'];
  /**
   * followedUp / resolved (0 when none resolved).
   * @deprecated Use followUpRate.
   */
  followUpCoverage: Scalars['Float']['output'];
  /** followedUp / resolved (0 when none resolved). */
  followUpRate: Scalars['Float']['output'];
  /** Resolved disputes with at least one follow-up visit. */
  followedUp: Scalars['Int']['output'];
  /** judiciallyConfirmed / resolved (0 when none resolved). */
  judicialConfirmationRate: Scalars['Float']['output'];
  /** Disputes whose agreement the court confirmed. */
  judiciallyConfirmed: Scalars['Int']['output'];
  /** By kind (every kind, zero included). */
  kindCounts: Array<DisputeKindCount>;
  /** The local-resolution rate per kind (every kind, zero included). */
  kindLocalResolution: Array<KindLocalResolution>;
  /** By current level (every level, zero included). */
  levelCounts: Array<DisputeLevelCount>;
  /**
   * The local-resolution rate per community (communities with a closed dispute).
   * @deprecated Use communityLocalResolution (key typed ID, with the community).
   */
  localResolutionByCommunity: Array<LocalResolutionRow>;
  /**
   * The local-resolution rate per kind (every kind, zero included).
   * @deprecated Use kindLocalResolution (key typed DisputeKind).
   */
  localResolutionByKind: Array<LocalResolutionRow>;
  /** 矛盾不上交: closedResolvedLocally / closed (0 when none closed). */
  localResolutionRate: Scalars['Float']['output'];
  /**
   * resolvedLocally / resolved (0 when none resolved).
   * @deprecated Divides by agreements only (a grid that fails and closes every dispute shows 100 %): use localResolutionRate.
   */
  localResolutionShare: Scalars['Float']['output'];
  /** performed / resolved (0 when none resolved). */
  performanceRate: Scalars['Float']['output'];
  /** Disputes whose agreement a follow-up found fulfilled. */
  performed: Scalars['Int']['output'];
  /** Disputes with a satisfaction rating. */
  ratedCount: Scalars['Int']['output'];
  /** Disputes with an agreement. */
  resolved: Scalars['Int']['output'];
  /**
   * Resolved disputes by the level they were resolved at (every level, zero included).
   * @deprecated Use resolvedLevelCounts (key typed DisputeLevel).
   */
  resolvedByLevel: Array<DisputeCount>;
  /** Resolved disputes by the level they were resolved at (every level, zero included). */
  resolvedLevelCounts: Array<DisputeLevelCount>;
  /** Resolved at grid or community level (矛盾不上交). */
  resolvedLocally: Scalars['Int']['output'];
  /** By status (every status, zero included). */
  statusCounts: Array<DisputeStatusCount>;
  /** Disputes matching the filter. */
  total: Scalars['Int']['output'];
  /** By urgency (every urgency, zero included). */
  urgencyCounts: Array<DisputeUrgencyCount>;
};

/** Where a dispute is in its handling. 调处状态 */
export type DisputeStatus =
  /** 已受理 — accepted for mediation (受理登记) */
  | 'ACCEPTED'
  /** 达成协议 — agreement reached, written or oral (arts. 28–30) */
  | 'AGREEMENT_REACHED'
  /** 已办结 — closed */
  | 'CLOSED'
  /** 已申请司法确认 — judicial confirmation applied for (art. 33) */
  | 'CONFIRMATION_APPLIED'
  /** 不予调解 — declined (人民调解法 art. 17: a party refuses; 人民调解工作若干规定 art. 22) */
  | 'DECLINED'
  /** 调解终止 — ended without agreement, the parties told of other routes (art. 26) */
  | 'FAILED'
  /** 已回访 — followed up */
  | 'FOLLOWED_UP'
  /** 司法确认 — agreement judicially confirmed */
  | 'JUDICIALLY_CONFIRMED'
  /** 诉讼或强制执行 — taken to court: suit (art. 32) or enforcement (art. 33 ¶2) */
  | 'LITIGATION'
  /** 调解中 — being mediated */
  | 'MEDIATING'
  /** 已指定调解员 — mediators assigned (人民调解法 art. 19) */
  | 'MEDIATORS_ASSIGNED'
  /** 履行中 — agreement not yet (fully) performed (art. 31) */
  | 'PERFORMING'
  /** 已登记 — reported */
  | 'REPORTED'
  /** 已督促履行 — a party urged to perform (art. 31 ¶2) */
  | 'URGED';

/** One change of a dispute's status. */
export type DisputeStatusChange = {
  __typename?: 'DisputeStatusChange';
  /** The step that made the change, e.g. ESCALATE (null for records from before steps were kept). */
  action?: Maybe<Scalars['String']['output']>;
  /** Who changed it and when. */
  changed: ActorStamp;
  /** Status before (null when reported). */
  from?: Maybe<DisputeStatus>;
  /** Chinese label of the status before (null when reported). */
  fromLabel?: Maybe<Scalars['String']['output']>;
  /** Why (the ground of a decline, the reason of an escalation, a replacement or a rejection). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: DisputeStatus;
  /** Chinese label of the status after. */
  toLabel: Scalars['String']['output'];
};

/** Disputes in one status. */
export type DisputeStatusCount = {
  __typename?: 'DisputeStatusCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The status. */
  key: DisputeStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A dispute's time rules at a moment (the server's clock). */
export type DisputeTimeRules = {
  __typename?: 'DisputeTimeRules';
  /** Last day on which the parties may apply for judicial confirmation (30 calendar days after the agreement took effect, 人民调解法 art. 33); null without agreement. */
  confirmationWindowEndsOn?: Maybe<Scalars['Date']['output']>;
  /** Whether an application would still be in time today. */
  confirmationWindowOpen: Scalars['Boolean']['output'];
  /** 治安调解 only: the last working day for the first session (3 working days after acceptance, 公安机关治安调解工作规范 art. 9). */
  firstSessionDueOn?: Maybe<Scalars['Date']['output']>;
  /** When the first follow-up visit is due (the agreement's effective day + the follow-up days of the kind). */
  followUpDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** An agreement without a follow-up visit after followUpDueAt. */
  followUpOverdue: Scalars['Boolean']['output'];
  /** End of the 1-month limit from acceptance (人民调解工作若干规定 art. 33; calendar month); null before acceptance. */
  mediationDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Still being handled (accepted, mediators assigned or mediating) after mediationDueAt. */
  mediationOverdue: Scalars['Boolean']['output'];
  /** 治安调解 only: the last working day for the one further session (7 working days after the first). */
  secondSessionDueOn?: Maybe<Scalars['Date']['output']>;
  /** 治安调解 only: a session was late or there is no first session past its due day. */
  securitySessionsLate: Scalars['Boolean']['output'];
};

/** Disputes of one urgency. */
export type DisputeUrgencyCount = {
  __typename?: 'DisputeUrgencyCount';
  /** Number of disputes. */
  count: Scalars['Int']['output'];
  /** The urgency. */
  key: Urgency;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A mediation duty shift (调解值班) of a member of the force. */
export type DutyShift = {
  __typename?: 'DutyShift';
  /** The community. */
  community?: Maybe<Community>;
  /** The dispute found or settled, if any. */
  dispute?: Maybe<Dispute>;
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** The grid. */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Outcome. */
  outcome: ShiftOutcome;
  /** Chinese label of the outcome. */
  outcomeLabel: Scalars['String']['output'];
  /** Who recorded it and when. */
  recorded: ActorStamp;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Who was on duty. */
  volunteer?: Maybe<Volunteer>;
};

/** Duty shifts grouped by the requested dimensions. */
export type DutyShiftAggregate = {
  __typename?: 'DutyShiftAggregate';
  /** The groups, ordered by their keys. */
  groups: Array<DutyShiftGroup>;
  /** All matched shifts (the sums over the groups). */
  totals: DutyShiftGroup;
};

/** A page of duty shifts. */
export type DutyShiftConnection = {
  __typename?: 'DutyShiftConnection';
  /** Items on this page. */
  edges: Array<DutyShiftEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of shifts matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension duty shifts can be grouped by in dutyShiftAggregate. 值班统计维度 */
export type DutyShiftDimension =
  /** 社区 — the community (label: its name) */
  | 'COMMUNITY'
  /** 企业 — the enterprise the volunteer works for (no value: none) */
  | 'ENTERPRISE'
  /** 网格 — the grid (label: its name) */
  | 'GRID'
  /** 值班结果 — the outcome */
  | 'OUTCOME'
  /** 时间 — startsAt (start of the shift), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 值班人员 — the volunteer on duty (id, label the id: names are personal information) */
  | 'VOLUNTEER';

/** One shift in a list page. */
export type DutyShiftEdge = {
  __typename?: 'DutyShiftEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The shift. */
  node: DutyShift;
};

/** Which duty shifts to list or count. */
export type DutyShiftFilter = {
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these communities. */
  communityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only of volunteers working for this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Only starting in this month, YYYY-MM. With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only starting in any of these months, YYYY-MM (China Standard Time; the month of startsAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only with these outcomes. */
  outcomes?: InputMaybe<Array<ShiftOutcome>>;
  /** Only starting before this instant (exclusive); not before startsFrom. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only starting at or after this instant (inclusive). */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only of this volunteer. */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** One group of duty shifts in dutyShiftAggregate. */
export type DutyShiftGroup = {
  __typename?: 'DutyShiftGroup';
  /** Average length of a shift in hours; null for an empty group. */
  averageShiftHours?: Maybe<Scalars['Float']['output']>;
  /** The community of the group (groupBy COMMUNITY). */
  community?: Maybe<Community>;
  /** Shifts in the group. */
  count: Scalars['Int']['output'];
  /** Shifts that found a dispute (found or settled on the spot). */
  disputesFoundCount: Scalars['Int']['output'];
  /** Hours on duty (sum of the shifts' lengths). */
  dutyHours: Scalars['Float']['output'];
  /** The enterprise of the group (groupBy ENTERPRISE), joined through federation. */
  enterprise?: Maybe<Enterprise>;
  /** The grid of the group (groupBy GRID). */
  grid?: Maybe<Grid>;
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** Shifts that settled a dispute on the spot (当场化解). */
  settledOnTheSpotCount: Scalars['Int']['output'];
  /** settledOnTheSpotCount / disputesFoundCount; null when none found. */
  settledOnTheSpotRate?: Maybe<Scalars['Float']['output']>;
  /** The volunteer of the group (groupBy VOLUNTEER). */
  volunteer?: Maybe<Volunteer>;
};

/** Order of a duty shift list. */
export type DutyShiftSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: DutyShiftSortField;
};

/** Fields duty shifts can be sorted by. */
export type DutyShiftSortField =
  /** 开始时间 — start of the shift */
  | 'STARTS_AT';

/** Statistics of duty shifts. */
export type DutyShiftStatistics = {
  __typename?: 'DutyShiftStatistics';
  /** By grid (grids with at least one shift), by grid id. */
  byGrid: Array<GridDutyShiftCount>;
  /** By grid and month (grid, then month); for other combinations use dutyShiftAggregate. */
  byGridAndMonth: Array<GridMonthShiftCount>;
  /** By month the shift started (China Standard Time), oldest first. */
  byMonth: Array<MonthCount>;
  /** By outcome (every outcome, zero included). */
  byOutcome: Array<ShiftOutcomeCount>;
  /** Shifts matching the filter. */
  total: Scalars['Int']['output'];
};

/** The notice of other routes given when mediation ended without agreement (人民调解法 art. 26). */
export type EndNotice = {
  __typename?: 'EndNotice';
  /** Who gave the notice and when (the server's clock). */
  notified: ActorStamp;
  /** Chinese labels of the routes. */
  routeLabels: Array<Scalars['String']['output']>;
  /** Routes the parties were told of. */
  routes: Array<OtherRoute>;
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Disputes this enterprise is a party to, newest first (ENTERPRISE users: only their own enterprise's); the full, filterable list is disputes(filter: { enterpriseId }). */
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
  /** When it took place (not in the future). */
  at: Scalars['DateTime']['input'];
  /** New risks found, up to 2000 characters. */
  newRisks?: InputMaybe<Scalars['String']['input']>;
  /** Notes, 1–2000 characters. */
  notes: Scalars['String']['input'];
  /** Performance found (required when the dispute has an agreement): FULFILLED → FOLLOWED_UP, else PERFORMING. */
  performance?: InputMaybe<Performance>;
};

/** A follow-up visit after mediation. 回访 */
export type FollowUpVisit = {
  __typename?: 'FollowUpVisit';
  /** When the visit took place. */
  at: Scalars['DateTime']['output'];
  /** New risks found at the visit. */
  newRisks?: Maybe<Scalars['String']['output']>;
  /** Notes. */
  notes: Scalars['String']['output'];
  /** Performance of the agreement found at the visit (null for a dispute without agreement). */
  performance?: Maybe<Performance>;
  /** Chinese label of the performance. */
  performanceLabel?: Maybe<Scalars['String']['output']>;
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
  /** Disputes of the grid still open: neither closed nor declined (that the caller may see). */
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
  /** The grid's id. */
  key: Scalars['ID']['output'];
  /** The grid's name. */
  label: Scalars['String']['output'];
};

/** Shifts of one grid. */
export type GridDutyShiftCount = {
  __typename?: 'GridDutyShiftCount';
  /** Number of shifts. */
  count: Scalars['Int']['output'];
  /** The grid. */
  grid?: Maybe<Grid>;
  /** The grid's id. */
  key: Scalars['ID']['output'];
  /** The grid's name. */
  label: Scalars['String']['output'];
};

/** Shifts of one grid in one month (two dimensions: the row's key is the grid, month the second key). */
export type GridMonthShiftCount = {
  __typename?: 'GridMonthShiftCount';
  /** Number of shifts. */
  count: Scalars['Int']['output'];
  /** The grid. */
  grid?: Maybe<Grid>;
  /** The grid's id (the row's key). */
  key: Scalars['ID']['output'];
  /** The grid's name. */
  label: Scalars['String']['output'];
  /** Month, YYYY-MM (China Standard Time). */
  month: Scalars['String']['output'];
  /** The month in Chinese, e.g. 2026年3月. */
  monthLabel: Scalars['String']['output'];
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
  /** 立体云防控平台 — an incident of the community's cloud prevention platform or a patrol (community safety) */
  | 'CLOUD_PLATFORM'
  /** 法院委派 — referred by a court */
  | 'COURT_REFERRAL'
  /** 企业报告 — reported by an enterprise */
  | 'ENTERPRISE_REPORT'
  /** 政府交办 — assigned by the government */
  | 'GOVERNMENT_ASSIGNMENT'
  /** 网格巡查 — found on grid patrol */
  | 'GRID_PATROL'
  /** 热线 — hotline */
  | 'HOTLINE'
  /** 便民法律触屏 — legal touch screen */
  | 'LEGAL_TOUCH_SCREEN'
  /** 公安移送 — transferred by the police */
  | 'POLICE_TRANSFER'
  /** 远程视频调解平台 — remote video mediation platform */
  | 'REMOTE_VIDEO_PLATFORM'
  /** 来访 — walk-in */
  | 'WALK_IN';

/** Judicial confirmation of a mediation agreement (the court's confirmation). 司法确认 */
export type JudicialConfirmation = {
  __typename?: 'JudicialConfirmation';
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['output'];
  /** Court that confirmed it. */
  court: Scalars['String']['output'];
  /** Who recorded it. */
  recorded: ActorStamp;
  /** The court's case number (调确字). */
  reference: Scalars['String']['output'];
};

/** A judicial confirmation to record. */
export type JudicialConfirmationInput = {
  /** When the parties applied (default: the day of confirmedAt); within 30 days of the agreement taking effect. */
  appliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['input'];
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** Ruling reference, 1–100 characters. */
  reference: Scalars['String']['input'];
};

/** Local resolution (矛盾不上交) of the closed disputes of one kind. */
export type KindLocalResolution = {
  __typename?: 'KindLocalResolution';
  /** Closed disputes of the kind (resolved or not). */
  count: Scalars['Int']['output'];
  /** The kind. */
  key: DisputeKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
  /** resolvedLocallyCount / count (0 when none closed). */
  localResolutionRate: Scalars['Float']['output'];
  /** Of those, resolved at grid or community level. */
  resolvedLocallyCount: Scalars['Int']['output'];
};

/** A legal consultation (e.g. on the remote video platform or a legal touch screen): requested → answered → followed by a dispute. 法律咨询 */
export type LegalConsultation = {
  __typename?: 'LegalConsultation';
  /** Summary of the answer. */
  answerSummary?: Maybe<Scalars['String']['output']>;
  /** When it was answered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered, a lawyer, judge or mediator (masked unless the caller's role needs it); empty while unanswered. */
  answeredBy: Scalars['String']['output'];
  /** When it was asked (requests: the server's clock). */
  askedAt: Scalars['DateTime']['output'];
  /** Channel. */
  channel: ConsultationChannel;
  /** Chinese label of the channel. */
  channelLabel: Scalars['String']['output'];
  /** The dispute that followed, if any. */
  dispute?: Maybe<Dispute>;
  /** Enterprise that asked, if any. */
  enterprise?: Maybe<Enterprise>;
  /** Grid it came from. */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The lawyer who answered (a volunteer with role LAWYER). */
  lawyer?: Maybe<Volunteer>;
  /** Outcome, e.g. 建议申请调解. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The question asked. */
  question?: Maybe<Scalars['String']['output']>;
  /** Who recorded it. */
  recorded: ActorStamp;
  /** Name of the person asking (masked unless the caller's role needs it). */
  requesterName?: Maybe<Scalars['String']['output']>;
  /** Phone of the person asking (masked unless the caller's role needs it). */
  requesterPhone?: Maybe<Scalars['String']['output']>;
  /** Where it is in the queue. */
  status: ConsultationStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Topic, e.g. 劳动合同. */
  topic: Scalars['String']['output'];
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** Legal consultations grouped by the requested dimensions. */
export type LegalConsultationAggregate = {
  __typename?: 'LegalConsultationAggregate';
  /** The groups, ordered by their keys. */
  groups: Array<LegalConsultationGroup>;
  /** All matched consultations (the sums over the groups). */
  totals: LegalConsultationGroup;
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

/** A dimension legal consultations can be grouped by in legalConsultationAggregate. 法律咨询统计维度 */
export type LegalConsultationDimension =
  /** 咨询渠道 — the channel */
  | 'CHANNEL'
  /** 企业 — the enterprise that asked (no value: a resident) */
  | 'ENTERPRISE'
  /** 网格 — the grid it came from (label: its name) */
  | 'GRID'
  /** 律师 — the lawyer who answered (volunteer id, label the id) */
  | 'LAWYER'
  /** 咨询状态 — the status (records from before the queue have no value: they were answered) */
  | 'STATUS'
  /** 时间 — askedAt (when it was asked), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** One legal consultation in a list page. */
export type LegalConsultationEdge = {
  __typename?: 'LegalConsultationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The consultation. */
  node: LegalConsultation;
};

/** Which legal consultations to list or count. */
export type LegalConsultationFilter = {
  /** Only asked before this instant (exclusive); not before askedFrom. */
  askedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only asked at or after this instant (inclusive). */
  askedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only from these channels. */
  channels?: InputMaybe<Array<ConsultationChannel>>;
  /** Only asked by this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only answered by this lawyer. */
  lawyerId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only asked in this month, YYYY-MM. With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only asked in any of these months, YYYY-MM (China Standard Time; the month of askedAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only in these statuses (the queue: REQUESTED, oldest first with sort ASKED_AT ASC). */
  statuses?: InputMaybe<Array<ConsultationStatus>>;
};

/** One group of legal consultations in legalConsultationAggregate. */
export type LegalConsultationGroup = {
  __typename?: 'LegalConsultationGroup';
  /** Answered (answered or followed by a dispute; records from before the queue included). */
  answeredCount: Scalars['Int']['output'];
  /** answeredCount / count; null for an empty group. */
  answeredRate?: Maybe<Scalars['Float']['output']>;
  /** Average hours from asking to the answer, over consultations answered through the queue; null when none. */
  averageHoursToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Consultations in the group. */
  count: Scalars['Int']['output'];
  /** The enterprise of the group (groupBy ENTERPRISE), joined through federation. */
  enterprise?: Maybe<Enterprise>;
  /** The grid of the group (groupBy GRID). */
  grid?: Maybe<Grid>;
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** Followed by a dispute (转调解). */
  referredToDisputeCount: Scalars['Int']['output'];
  /** referredToDisputeCount / answeredCount; null when none answered. */
  referredToDisputeRate?: Maybe<Scalars['Float']['output']>;
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

/** Statistics of legal consultations. */
export type LegalConsultationStatistics = {
  __typename?: 'LegalConsultationStatistics';
  /**
   * By channel (every channel, zero included).
   * @deprecated Use channelCounts (key typed ConsultationChannel).
   */
  byChannel: Array<ConsultationCount>;
  /** By month asked. */
  byMonth: Array<MonthCount>;
  /**
   * By status (every status, zero included).
   * @deprecated Use statusCounts (key typed ConsultationStatus).
   */
  byStatus: Array<ConsultationCount>;
  /** By channel (every channel, zero included). */
  channelCounts: Array<ConsultationChannelCount>;
  /** Followed by a dispute. */
  followedByDispute: Scalars['Int']['output'];
  /** By status (every status, zero included; records from before the queue count as ANSWERED). */
  statusCounts: Array<ConsultationStatusCount>;
  /** Consultations matching the filter. */
  total: Scalars['Int']['output'];
};

/** Local resolution of the closed disputes of one community or kind (untyped key: see CommunityLocalResolution, KindLocalResolution). */
export type LocalResolutionRow = {
  __typename?: 'LocalResolutionRow';
  /** Closed disputes (resolved or not). */
  closed: Scalars['Int']['output'];
  /** The community id or kind value. */
  key: Scalars['String']['output'];
  /** The community's name or the kind's Chinese label. */
  label: Scalars['String']['output'];
  /**
   * resolvedLocally / closed (0 when none closed).
   * @deprecated Use CommunityLocalResolution.localResolutionRate or KindLocalResolution.localResolutionRate (statistics fields communityLocalResolution, kindLocalResolution).
   */
  rate: Scalars['Float']['output'];
  /** Of those, resolved at grid or community level. */
  resolvedLocally: Scalars['Int']['output'];
};

/** A mediation agreement (调解协议书 or an oral agreement), with the contents of 人民调解法 arts. 28–29. 调解协议 */
export type MediationAgreement = {
  __typename?: 'MediationAgreement';
  /** Matters in dispute (art. 29 (2)). */
  disputedMatters?: Maybe<Scalars['String']['output']>;
  /** Path of the printable agreement (HTML), served by the gateway to authorised roles: GET /documents/mediation/agreements/<dispute id>. */
  documentPath: Scalars['String']['output'];
  /** The day it took effect: a written agreement on the day of the last signature and the seal (art. 29 ¶2), an oral one on the day agreed (art. 30). */
  effectiveOn: Scalars['DateTime']['output'];
  /** Main facts of the dispute (art. 29 (2)). */
  facts?: Maybe<Scalars['String']['output']>;
  /** Written or oral. */
  form: AgreementForm;
  /** Chinese label of the form. */
  formLabel: Scalars['String']['output'];
  /** Number of the written agreement (协议书编号). */
  number?: Maybe<Scalars['String']['output']>;
  /** By when it is to be performed (art. 29 (3)). */
  performanceDeadline?: Maybe<Scalars['Date']['output']>;
  /** How it is to be performed (art. 29 (3)). */
  performanceMethod?: Maybe<Scalars['String']['output']>;
  /** Who recorded it. */
  recorded: ActorStamp;
  /** Responsibilities of each party (art. 29 (2)). */
  responsibilities?: Maybe<Scalars['String']['output']>;
  /** The committee's seal. */
  seal?: Maybe<AgreementSeal>;
  /** Signatures of the parties and the mediators. */
  signatures: Array<AgreementSignature>;
  /**
   * When the parties signed.
   * @deprecated Use effectiveOn (and signatures for who signed when).
   */
  signedAt: Scalars['DateTime']['output'];
  /** What was agreed (art. 29 (3)); for an oral agreement, what the mediator recorded (art. 28). */
  terms: Scalars['String']['output'];
};

/** A mediation session. 调解记录 */
export type MediationSession = {
  __typename?: 'MediationSession';
  /** When it took place. */
  at: Scalars['DateTime']['output'];
  /** The dispute it belongs to. */
  dispute?: Maybe<Dispute>;
  /**
   * Name of the mediator as typed in (masked unless the caller's role needs it); empty for sessions recorded with mediators.
   * @deprecated Sessions reference their mediators: use mediators.
   */
  mediatorName: Scalars['String']['output'];
  /** The mediators present. */
  mediators: Array<Mediator>;
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
  /** When it took place (not in the future). */
  at: Scalars['DateTime']['input'];
  /**
   * Mediator's name, 1–50 characters.
   * @deprecated Sessions reference their mediators: use mediators.
   */
  mediatorName?: InputMaybe<Scalars['String']['input']>;
  /** The mediators present (default: those assigned). */
  mediators?: InputMaybe<Array<MediatorInput>>;
  /** How it was held. */
  mode: SessionMode;
  /** Notes, up to 4000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Who mediates: a member of the force or a police officer. */
export type Mediator = PoliceOfficer | Volunteer;

/** An assignment or replacement of a dispute's mediators (人民调解法 art. 19). */
export type MediatorChange = {
  __typename?: 'MediatorChange';
  /** Who recorded it and when. */
  changed: ActorStamp;
  /** Mediators before (empty for the first assignment). */
  from: Array<Mediator>;
  /** Why (a replacement: the party's request). */
  reason: Scalars['String']['output'];
  /** The party that asked for a replacement, if one did. */
  requestedBy?: Maybe<PartyRole>;
  /** Chinese label of requestedBy. */
  requestedByLabel?: Maybe<Scalars['String']['output']>;
  /** Mediators after. */
  to: Array<Mediator>;
};

/** A mediator to assign. */
export type MediatorInput = {
  /** Id of the volunteer or police officer. */
  id: Scalars['ID']['input'];
  /** Volunteer or police officer. */
  kind: MediatorKind;
};

/** Kind of mediator. 调解员类别 */
export type MediatorKind =
  /** 民警 — a police officer (PoliceOfficer) */
  | 'POLICE_OFFICER'
  /** 调解员或志愿者 — a member of the force (Volunteer): people's mediator, lawyer, grid worker */
  | 'VOLUNTEER';

/** A count of items in one calendar month (China Standard Time): the count row of a time dimension. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** Number of items in that month. */
  count: Scalars['Int']['output'];
  /** The month as YYYY-MM, e.g. 2024-03 (the row's key). */
  key: Scalars['String']['output'];
  /** The month in Chinese, e.g. 2024年3月. */
  label: Scalars['String']['output'];
  /**
   * Month as YYYY-MM, e.g. 2024-03.
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  month: Scalars['String']['output'];
};

/** Entry points for changing the police–enterprise co-governance graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a reported dispute for mediation (受理登记, REPORTED → ACCEPTED); the 1-month limit runs from now. MEDIATOR, POLICE or ADMIN. */
  acceptDispute: Dispute;
  /** Answers a queued consultation (REQUESTED → ANSWERED). MEDIATOR, POLICE or ADMIN. */
  answerLegalConsultation: LegalConsultation;
  /** Records the parties' joint application for judicial confirmation (AGREEMENT_REACHED → CONFIRMATION_APPLIED); refused after the 30-day window of 人民调解法 art. 33. MEDIATOR, POLICE or ADMIN. */
  applyForJudicialConfirmation: Dispute;
  /** Assigns one or more mediators (ACCEPTED → MEDIATORS_ASSIGNED; 人民调解法 art. 19). Volunteers must be active. MEDIATOR, POLICE or ADMIN. */
  assignMediators: Dispute;
  /** Closes a dispute (FOLLOWED_UP, FAILED or LITIGATION → CLOSED) with the parties' satisfaction. MEDIATOR, POLICE or ADMIN. */
  closeDispute: Dispute;
  /**
   * Records application and confirmation in one step (AGREEMENT_REACHED or CONFIRMATION_APPLIED → JUDICIALLY_CONFIRMED), the application within the 30-day window. MEDIATOR, POLICE or ADMIN.
   * @deprecated Use applyForJudicialConfirmation, then recordConfirmationOutcome.
   */
  confirmJudicially: Dispute;
  /** Deactivates a volunteer with the reason (they can no longer be assigned). MEDIATOR, POLICE or ADMIN. */
  deactivateVolunteer: Volunteer;
  /** Declines mediation (不予调解, REPORTED → DECLINED, final) with the ground and reason. MEDIATOR, POLICE or ADMIN. */
  declineDispute: Dispute;
  /** Ends mediation without agreement (MEDIATING → FAILED) recording the art. 26 notice of other routes (at least one). MEDIATOR, POLICE or ADMIN. */
  endMediation: Dispute;
  /** Moves a dispute one level up (grid → community → street → district) with the reason, on its timeline; one being mediated or failed is accepted anew at the new level (ACCEPTED, mediators to be assigned there). MEDIATOR, POLICE or ADMIN. */
  escalateDispute: Dispute;
  /**
   * Ends mediation without agreement (MEDIATING → FAILED) without the art. 26 notice. MEDIATOR, POLICE or ADMIN.
   * @deprecated Use endMediation, which records the notice of other routes (人民调解法 art. 26).
   */
  failMediation: Dispute;
  /** Links the dispute that followed an answered consultation (ANSWERED → FOLLOWED_BY_DISPUTE). MEDIATOR, POLICE or ADMIN. */
  linkConsultationDispute: LegalConsultation;
  /**
   * Records a written agreement with terms only (MEDIATING → AGREEMENT_REACHED). MEDIATOR, POLICE or ADMIN.
   * @deprecated Record the agreement's contents, signatures and seal with reachWrittenAgreement, or recordOralAgreement.
   */
  reachAgreement: Dispute;
  /** Records the written agreement (调解协议书, MEDIATING → AGREEMENT_REACHED) with the contents of 人民调解法 art. 29; it takes effect on the day of the last signature and the seal (art. 29 ¶2). MEDIATOR, POLICE or ADMIN. */
  reachWrittenAgreement: Dispute;
  /** Records the court's decision (CONFIRMATION_APPLIED → JUDICIALLY_CONFIRMED, or → MEDIATING when rejected: art. 33 ¶3, the parties may change the agreement by mediation). MEDIATOR, POLICE or ADMIN. */
  recordConfirmationOutcome: Dispute;
  /** Records a suit or enforcement application (→ LITIGATION). MEDIATOR, POLICE or ADMIN. */
  recordCourtAction: Dispute;
  /** Records a duty shift in the volunteer's grid. MEDIATOR, POLICE or ADMIN. */
  recordDutyShift: DutyShift;
  /** Records a follow-up visit with the performance found: FULFILLED (or a dispute without agreement) → FOLLOWED_UP, PARTLY or NOT_PERFORMED → PERFORMING. MEDIATOR, POLICE or ADMIN. */
  recordFollowUp: Dispute;
  /** Records an already answered legal consultation in one step (ANSWERED). MEDIATOR, POLICE or ADMIN. */
  recordLegalConsultation: LegalConsultation;
  /** Records a mediation session (MEDIATORS_ASSIGNED → MEDIATING, or another session while MEDIATING); a 治安调解 has at most two sessions. MEDIATOR, POLICE or ADMIN. */
  recordMediationSession: Dispute;
  /** Records an oral agreement (MEDIATING → AGREEMENT_REACHED; 人民调解法 art. 28: the mediator records its contents; art. 30: effective the day agreed). MEDIATOR, POLICE or ADMIN. */
  recordOralAgreement: Dispute;
  /** Registers a volunteer. MEDIATOR, POLICE or ADMIN. */
  registerVolunteer: Volunteer;
  /** Replaces the mediators, e.g. on a party's request (stays MEDIATORS_ASSIGNED or MEDIATING). MEDIATOR, POLICE or ADMIN. */
  replaceMediators: Dispute;
  /** Reports a dispute (REPORTED, at grid level), reported now. MEDIATOR, POLICE, ADMIN, ENTERPRISE for disputes it is a party to (naming no other enterprise as a party), or the community-safety department's service account from one of its incidents (`origin`, channel CLOUD_PLATFORM). */
  reportDispute: Dispute;
  /** Queues a consultation request (REQUESTED), asked now. MEDIATOR, POLICE or ADMIN. */
  requestLegalConsultation: LegalConsultation;
  /** Records that a party was urged to perform (PERFORMING → URGED; art. 31 ¶2). MEDIATOR, POLICE or ADMIN. */
  urgePerformance: Dispute;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptDisputeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  securityMediation?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationanswerLegalConsultationArgs = {
  answer: AnswerLegalConsultationInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationapplyForJudicialConfirmationArgs = {
  application: ConfirmationApplicationInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationassignMediatorsArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  mediators: Array<MediatorInput>;
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
export type MutationdeactivateVolunteerArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationdeclineDisputeArgs = {
  expectedVersion: Scalars['Int']['input'];
  ground: DeclineGround;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationendMediationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  routesNotified: Array<OtherRoute>;
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
export type MutationlinkConsultationDisputeArgs = {
  disputeId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreachAgreementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  signedAt?: InputMaybe<Scalars['DateTime']['input']>;
  terms: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreachWrittenAgreementArgs = {
  agreement: WrittenAgreementInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordConfirmationOutcomeArgs = {
  decision: ConfirmationOutcomeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordCourtActionArgs = {
  action: CourtActionInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordDutyShiftArgs = {
  input: RecordDutyShiftInput;
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
export type MutationrecordOralAgreementArgs = {
  agreement: OralAgreementInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreplaceMediatorsArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  mediators: Array<MediatorInput>;
  reason: Scalars['String']['input'];
  requestedBy?: InputMaybe<PartyRole>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreportDisputeArgs = {
  input: ReportDisputeInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrequestLegalConsultationArgs = {
  input: RequestLegalConsultationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationurgePerformanceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
};

/** An oral agreement as the mediator recorded it (人民调解法 arts. 28, 30). */
export type OralAgreementInput = {
  /** When the parties agreed (not in the future): the day it takes effect. */
  agreedAt: Scalars['DateTime']['input'];
  /** What was agreed, 1–4000 characters. */
  terms: Scalars['String']['input'];
};

/** A route the parties are told of when mediation ends without agreement (人民调解法 art. 26). 其他救济途径 */
export type OtherRoute =
  /** 行政途径 — administrative route */
  | 'ADMINISTRATIVE'
  /** 仲裁 — arbitration */
  | 'ARBITRATION'
  /** 诉讼 — litigation */
  | 'LITIGATION';

/** Order of an overdue dispute list. */
export type OverdueDisputeSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: OverdueDisputeSortField;
};

/** Fields overdue disputes can be sorted by. */
export type OverdueDisputeSortField =
  /** 到期时间 — when the rule's limit ran out (the rule's due date) */
  | 'DUE_AT'
  /** 登记时间 — report time */
  | 'REPORTED_AT';

/** A time rule a dispute can be overdue on. 时限规则 */
export type OverdueRule =
  /** 回访逾期 — no follow-up visit by its due day (the agreement's effective day + the days of its kind) */
  | 'FOLLOW_UP'
  /** 调解期限 — not ended within 1 month of acceptance (人民调解工作若干规定 art. 33: 一般在一个月内调结; calendar month) */
  | 'MEDIATION_MONTH'
  /** 治安调解首次调解逾期 — 治安调解 without a first session within 3 working days of acceptance (公安机关治安调解工作规范 art. 9) */
  | 'SECURITY_FIRST_SESSION';

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

/** How far the agreement has been performed, as a follow-up found it. 履行情况 */
export type Performance =
  /** 已履行 — fulfilled */
  | 'FULFILLED'
  /** 未履行 — not performed */
  | 'NOT_PERFORMED'
  /** 部分履行 — partly performed */
  | 'PARTLY';

/** A party urged to perform the agreement (人民调解法 art. 31 ¶2). 督促履行 */
export type PerformanceUrge = {
  __typename?: 'PerformanceUrge';
  /** What was done. */
  notes: Scalars['String']['output'];
  /** Who urged and when (the server's clock). */
  urged: ActorStamp;
};

/** Which PII audit records to list; all given conditions must hold. */
export type PiiAuditFilter = {
  /**
   * Only reads before this time.
   * @deprecated Use readBefore: time ranges are <event>From / <event>Before.
   */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads of this enterprise's people. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reads of this kind of record. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only reads of this field (e.g. contacts.0.phone). */
  field?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only reads at or after this time.
   * @deprecated Use readFrom: time ranges are <event>From / <event>Before.
   */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads before this time. */
  readBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads at or after this time. */
  readFrom?: InputMaybe<Scalars['DateTime']['input']>;
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

/** Order of a PII audit log (default: newest first). */
export type PiiAuditSort = {
  /** Direction (default DESC: newest first). */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PiiAuditSortField;
};

/** What a PII audit log can be sorted by. */
export type PiiAuditSortField =
  /** 读取时间 — when the personal information was read (the chain's order) */
  | 'AT';

/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficer = {
  __typename?: 'PoliceOfficer';
  /** Stable id of the officer. */
  id: Scalars['ID']['output'];
  /** Disputes the officer was assigned to or mediated, newest first (ENTERPRISE users: only their own); the full, filterable list is disputes(filter: { mediatorId }). */
  mediatedDisputes: Array<Dispute>;
  /** Mediation sessions the officer took part in, newest first. */
  mediationSessions: Array<MediationSession>;
};


/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficermediatedDisputesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficermediationSessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** Communities, by name (a handful of reference records: not paged). */
  communities: Array<Community>;
  /** One community by id. */
  community?: Maybe<Community>;
  /** One dispute by id; null when unknown or not visible to the caller (ENTERPRISE users: disputes their enterprise is a party to). */
  dispute?: Maybe<Dispute>;
  /** Disputes matching the filter (the list's filter and tenant scope: ENTERPRISE users their own) grouped by up to 3 dimensions, with their measures, computed in one database aggregation; more than 1 000 groups is BAD_USER_INPUT naming groupBy. */
  disputeAggregate: DisputeAggregate;
  /** Statistics of the disputes matching the filter (ENTERPRISE users: their own). */
  disputeStatistics: DisputeStatistics;
  /** Disputes, filtered and sorted (default: newest first; ENTERPRISE users see only their own). */
  disputes: DisputeConnection;
  /** Duty shifts matching the filter (the list's filter and tenant scope) grouped by up to 3 dimensions, in one database aggregation. */
  dutyShiftAggregate: DutyShiftAggregate;
  /** Statistics of the duty shifts matching the filter: per grid and month, per outcome. */
  dutyShiftStatistics: DutyShiftStatistics;
  /** Duty shifts, newest first (ENTERPRISE users: their own staff's). */
  dutyShifts: DutyShiftConnection;
  /** One grid by id. */
  grid?: Maybe<Grid>;
  /** One legal consultation by id; null when unknown or not visible to the caller. */
  legalConsultation?: Maybe<LegalConsultation>;
  /** Legal consultations matching the filter (the list's filter and tenant scope) grouped by up to 3 dimensions, in one database aggregation. */
  legalConsultationAggregate: LegalConsultationAggregate;
  /** Statistics of the legal consultations matching the filter (the same filter as the list). */
  legalConsultationStatistics: LegalConsultationStatistics;
  /** Legal consultations, newest first by default (ENTERPRISE users see only their own). */
  legalConsultations: LegalConsultationConnection;
  /** Disputes overdue on a time rule at the server's clock, oldest due first (ENTERPRISE users: their own). */
  overdueDisputes: DisputeConnection;
  /** One volunteer by id; null when unknown or not visible to the caller (ENTERPRISE users: volunteers working for their enterprise). */
  volunteer?: Maybe<Volunteer>;
  /** Volunteers matching the filter (the list's filter and tenant scope) grouped by up to 3 dimensions, in one database aggregation. */
  volunteerAggregate: VolunteerAggregate;
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
export type QuerydisputeAggregateArgs = {
  filter?: InputMaybe<DisputeFilter>;
  groupBy?: Array<DisputeDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
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
export type QuerydutyShiftAggregateArgs = {
  filter?: InputMaybe<DutyShiftFilter>;
  groupBy?: Array<DutyShiftDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydutyShiftStatisticsArgs = {
  filter?: InputMaybe<DutyShiftFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydutyShiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DutyShiftFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DutyShiftSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerygridArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylegalConsultationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylegalConsultationAggregateArgs = {
  filter?: InputMaybe<LegalConsultationFilter>;
  groupBy?: Array<LegalConsultationDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylegalConsultationStatisticsArgs = {
  filter?: InputMaybe<LegalConsultationFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylegalConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalConsultationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<LegalConsultationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryoverdueDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rule?: OverdueRule;
  sort?: InputMaybe<OverdueDisputeSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvolunteerAggregateArgs = {
  filter?: InputMaybe<VolunteerFilter>;
  groupBy?: Array<VolunteerDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
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

/** A duty shift to record. */
export type RecordDutyShiftInput = {
  /** The dispute found or settled. */
  disputeId?: InputMaybe<Scalars['ID']['input']>;
  /** End (after the start, within 24 hours, not in the future). */
  endsAt: Scalars['DateTime']['input'];
  /** Notes, up to 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Outcome. */
  outcome: ShiftOutcome;
  /** Start (not in the future). */
  startsAt: Scalars['DateTime']['input'];
  /** The volunteer on duty (active, with the MEDIATION duty). */
  volunteerId: Scalars['ID']['input'];
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
  /** Roles (default VOLUNTEER). */
  roles?: InputMaybe<Array<VolunteerRole>>;
  /** Skills, at most 10 of 1–20 characters. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
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
  /** The record of another department the dispute comes from (required for a DEPARTMENT service caller: a record of its own department, e.g. a community-safety Incident). */
  origin?: InputMaybe<DisputeOriginInput>;
  /** Parties: at least one applicant, at most 20. */
  parties: Array<DisputePartyInput>;
  /**
   * Deprecated: the report time is the server's. A date given here is kept as the stated occurredAt.
   * @deprecated The report time is the server's clock; state when the dispute arose in occurredAt.
   */
  reportedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Short summary, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Urgency (default NORMAL). */
  urgency?: InputMaybe<Urgency>;
};

/** A consultation request (the person asking waits in the queue). */
export type RequestLegalConsultationInput = {
  /** Channel. */
  channel: ConsultationChannel;
  /** Enterprise that asks. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid it came from. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** The question, 1–2000 characters. */
  question: Scalars['String']['input'];
  /** Name of the person asking, 1–50 characters. */
  requesterName: Scalars['String']['input'];
  /** Mainland mobile number of the person asking. */
  requesterPhone?: InputMaybe<Scalars['String']['input']>;
  /** Topic, 1–100 characters. */
  topic: Scalars['String']['input'];
};

/** The committee's seal. */
export type SealInput = {
  /** When it was sealed (not in the future). */
  at: Scalars['DateTime']['input'];
  /** The committee, 1–100 characters. */
  committee: Scalars['String']['input'];
};

/** How a mediation session was held. 调解方式 */
export type SessionMode =
  /** 现场调解 — on site */
  | 'ON_SITE'
  /** 远程视频调解 — remote video */
  | 'REMOTE_VIDEO';

/** Outcome of a mediation duty shift. 值班结果 */
export type ShiftOutcome =
  /** 发现纠纷 — a dispute was found */
  | 'DISPUTE_FOUND'
  /** 当场化解 — a dispute was settled on the spot */
  | 'DISPUTE_RESOLVED'
  /** 无异常 — nothing to report */
  | 'QUIET'
  /** 移交处理 — referred to others */
  | 'REFERRED';

/** A count of shifts with one outcome. */
export type ShiftOutcomeCount = {
  __typename?: 'ShiftOutcomeCount';
  /** Number of shifts. */
  count: Scalars['Int']['output'];
  /** The outcome. */
  key: ShiftOutcome;
  /** Chinese label of the outcome. */
  label: Scalars['String']['output'];
  /**
   * The outcome.
   * @deprecated Use key.
   */
  outcome: ShiftOutcome;
};

/** A signature to record. */
export type SignatureInput = {
  /** When it was signed (not in the future). */
  at: Scalars['DateTime']['input'];
  /** The mediator (signer MEDIATOR): one of the dispute's mediators. */
  mediator?: InputMaybe<MediatorInput>;
  /** Signature, seal or fingerprint. */
  method: SigningMethod;
  /** Index of the party in Dispute.parties (signer PARTY). */
  partyIndex?: InputMaybe<Scalars['Int']['input']>;
  /** A party or a mediator. */
  signer: Signer;
};

/** Who signed an agreement. 签署人 */
export type Signer =
  /** 人民调解员 — a mediator */
  | 'MEDIATOR'
  /** 当事人 — a party */
  | 'PARTY';

/** How an agreement was signed (人民调解法 art. 29 ¶2). 签署方式 */
export type SigningMethod =
  /** 按指印 — fingerprint */
  | 'FINGERPRINT'
  /** 盖章 — seal */
  | 'SEAL'
  /** 签名 — signature */
  | 'SIGNATURE';

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** The width of a time group in an aggregate. 时间粒度 */
export type TimeBucket =
  /** 日 — a calendar day (key YYYY-MM-DD) */
  | 'DAY'
  /** 月 — a calendar month (key YYYY-MM) */
  | 'MONTH'
  /** 季度 — a calendar quarter (key YYYY-Qn, e.g. 2026-Q1) */
  | 'QUARTER'
  /** 周 — an ISO week, Monday to Sunday (key YYYY-Www, e.g. 2026-W09) */
  | 'WEEK'
  /** 年 — a calendar year (key YYYY) */
  | 'YEAR';

/** How urgent a dispute is. 紧急程度 */
export type Urgency =
  /** 特急 — critical (risk of escalation into violence) */
  | 'CRITICAL'
  /** 一般 — normal */
  | 'NORMAL'
  /** 紧急 — urgent */
  | 'URGENT';

/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Whether the volunteer is active. */
  active: Scalars['Boolean']['output'];
  /** Community of the grid. */
  community?: Maybe<Community>;
  /** Why and when they were deactivated, if they were. */
  deactivation?: Maybe<VolunteerDeactivation>;
  /** Duties. */
  duties: Array<VolunteerDuty>;
  /** Chinese labels of the duties. */
  dutyLabels: Array<Scalars['String']['output']>;
  /** Their latest duty shifts, newest first; the full, filterable list is dutyShifts(filter: { volunteerId }). */
  dutyShifts: Array<DutyShift>;
  /** Enterprise the volunteer works for, if any. */
  enterprise?: Maybe<Enterprise>;
  /** Grid the volunteer serves. */
  grid?: Maybe<Grid>;
  /** Stable id of the volunteer. */
  id: Scalars['ID']['output'];
  /** When the volunteer joined. */
  joinedOn: Scalars['Date']['output'];
  /** Disputes they were assigned to or mediated, newest first (ENTERPRISE users: only their own); the full, filterable list is disputes(filter: { mediatorId }). */
  mediatedDisputes: Array<Dispute>;
  /** Name (masked unless the caller's role needs it). */
  name: Scalars['String']['output'];
  /** Mobile phone (masked unless the caller's role needs it). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Chinese labels of the roles. */
  roleLabels: Array<Scalars['String']['output']>;
  /** Roles in the force. */
  roles: Array<VolunteerRole>;
  /** Skills, e.g. 婚姻家庭, 劳动法. */
  skills: Array<Scalars['String']['output']>;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type VolunteerdutyShiftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type VolunteermediatedDisputesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Volunteers grouped by the requested dimensions. */
export type VolunteerAggregate = {
  __typename?: 'VolunteerAggregate';
  /** The groups, ordered by their keys. */
  groups: Array<VolunteerGroup>;
  /** All matched volunteers: the sums over the groups, so with DUTY or ROLE in groupBy a volunteer with several counts once per group. */
  totals: VolunteerGroup;
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

/** Why and when a volunteer was deactivated. */
export type VolunteerDeactivation = {
  __typename?: 'VolunteerDeactivation';
  /** Who deactivated them and when. */
  deactivated: ActorStamp;
  /** Why. */
  reason: Scalars['String']['output'];
};

/** A dimension volunteers can be grouped by in volunteerAggregate. 队伍统计维度 */
export type VolunteerDimension =
  /** 社区 — the community of the grid (label: its name) */
  | 'COMMUNITY'
  /** 职责 — a duty: a volunteer with several counts in each of their groups */
  | 'DUTY'
  /** 企业 — the enterprise the volunteer works for (no value: none) */
  | 'ENTERPRISE'
  /** 网格 — the grid served (label: its name) */
  | 'GRID'
  /** 队伍角色 — a role: a volunteer with several counts in each of their groups (records from before roles were kept: VOLUNTEER) */
  | 'ROLE'
  /** 时间 — joinedOn (the joining day), bucketed by timeBucket */
  | 'TIME';

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
  /**
   * The duty.
   * @deprecated Use key.
   */
  duty: VolunteerDuty;
  /**
   * Chinese label of the duty.
   * @deprecated Use label.
   */
  dutyLabel: Scalars['String']['output'];
  /** The duty. */
  key: VolunteerDuty;
  /** Chinese label of the duty. */
  label: Scalars['String']['output'];
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
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only volunteers with any of these duties. */
  duties?: InputMaybe<Array<VolunteerDuty>>;
  /** Only working for this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only joined before this day (exclusive); not before joinedFrom. */
  joinedBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only joined on or after this day (inclusive). */
  joinedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only joined in any of these months, YYYY-MM. */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only volunteers with any of these roles. */
  roles?: InputMaybe<Array<VolunteerRole>>;
  /** Only with this skill. */
  skill?: InputMaybe<Scalars['String']['input']>;
};

/** One group of volunteers in volunteerAggregate. */
export type VolunteerGroup = {
  __typename?: 'VolunteerGroup';
  /** Active volunteers (who can be assigned). */
  activeCount: Scalars['Int']['output'];
  /** activeCount / count; null for an empty group. */
  activeRate?: Maybe<Scalars['Float']['output']>;
  /** The community of the group (groupBy COMMUNITY). */
  community?: Maybe<Community>;
  /** Volunteers in the group. */
  count: Scalars['Int']['output'];
  /** The enterprise of the group (groupBy ENTERPRISE), joined through federation. */
  enterprise?: Maybe<Enterprise>;
  /** The grid of the group (groupBy GRID). */
  grid?: Maybe<Grid>;
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
};

/** Role in the mediation and mass-prevention force. 队伍角色 */
export type VolunteerRole =
  /** 网格员 — grid worker */
  | 'GRID_WORKER'
  /** 律师 — lawyer */
  | 'LAWYER'
  /** 人民调解员 — people's mediator */
  | 'PEOPLES_MEDIATOR'
  /** 群防群治志愿者 — mass-prevention volunteer */
  | 'VOLUNTEER';

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

/** A written agreement (调解协议书) with the contents of 人民调解法 art. 29; every party and at least one mediator signed, and the seal. */
export type WrittenAgreementInput = {
  /** Matters in dispute, 1–2000 characters. */
  disputedMatters: Scalars['String']['input'];
  /** Main facts, 1–4000 characters. */
  facts: Scalars['String']['input'];
  /** Number, up to 50 characters. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** By when it is to be performed. */
  performanceDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** How it is to be performed, 1–1000 characters. */
  performanceMethod: Scalars['String']['input'];
  /** Responsibilities of each party, 1–2000 characters. */
  responsibilities: Scalars['String']['input'];
  /** The committee's seal. */
  seal: SealInput;
  /** Signatures: every party, and at least one of the dispute's mediators. */
  signatures: Array<SignatureInput>;
  /** What was agreed, 1–4000 characters. */
  terms: Scalars['String']['input'];
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
  PoliceOfficer: PoliceOfficer;
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
  PoliceOfficer:
    ( { __typename: 'PoliceOfficer' }
    & GraphQLRecursivePick<FederationTypes['PoliceOfficer'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Mediator:
    | ( PoliceOfficerMapper & { __typename: 'PoliceOfficer' } )
    | ( VolunteerMapper & { __typename: 'Volunteer' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  AgreementForm: ResolverTypeWrapper<'WRITTEN' | 'ORAL'>;
  AgreementSeal: ResolverTypeWrapper<AgreementSeal>;
  AgreementSignature: ResolverTypeWrapper<AgreementSignatureMapper>;
  AnswerLegalConsultationInput: AnswerLegalConsultationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Community: ResolverTypeWrapper<CommunityMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommunityLocalResolution: ResolverTypeWrapper<CommunityLocalResolutionMapper>;
  ConfirmationApplication: ResolverTypeWrapper<ConfirmationApplicationMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConfirmationApplicationInput: ConfirmationApplicationInput;
  ConfirmationOutcome: ResolverTypeWrapper<'CONFIRMED' | 'REJECTED'>;
  ConfirmationOutcomeInput: ConfirmationOutcomeInput;
  ConsultationChannel: ResolverTypeWrapper<'REMOTE_VIDEO_PLATFORM' | 'LEGAL_TOUCH_SCREEN' | 'WALK_IN' | 'HOTLINE'>;
  ConsultationChannelCount: ResolverTypeWrapper<Omit<ConsultationChannelCount, 'key'> & { key: ResolversTypes['ConsultationChannel'] }>;
  ConsultationCount: ResolverTypeWrapper<ConsultationCount>;
  ConsultationStatus: ResolverTypeWrapper<'REQUESTED' | 'ANSWERED' | 'FOLLOWED_BY_DISPUTE'>;
  ConsultationStatusCount: ResolverTypeWrapper<Omit<ConsultationStatusCount, 'key'> & { key: ResolversTypes['ConsultationStatus'] }>;
  CourtAction: ResolverTypeWrapper<'LITIGATION' | 'ENFORCEMENT'>;
  CourtActionInput: CourtActionInput;
  CourtActionRecord: ResolverTypeWrapper<CourtActionRecordMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineGround: ResolverTypeWrapper<'PARTY_REFUSES' | 'HANDLED_BY_AUTHORITY' | 'RESERVED_TO_AUTHORITY'>;
  Dispute: ResolverTypeWrapper<DisputeMapper>;
  DisputeAggregate: ResolverTypeWrapper<Omit<DisputeAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['DisputeGroup']>, totals: ResolversTypes['DisputeGroup'] }>;
  DisputeChannelCount: ResolverTypeWrapper<Omit<DisputeChannelCount, 'key'> & { key: ResolversTypes['IntakeChannel'] }>;
  DisputeConnection: ResolverTypeWrapper<DisputeConnectionMapper>;
  DisputeCount: ResolverTypeWrapper<DisputeCount>;
  DisputeDecline: ResolverTypeWrapper<DisputeDeclineMapper>;
  DisputeDimension: ResolverTypeWrapper<'COMMUNITY' | 'GRID' | 'KIND' | 'LEVEL' | 'STATUS' | 'CHANNEL' | 'URGENCY' | 'RESOLVED_LEVEL' | 'ENTERPRISE' | 'MEDIATOR' | 'TIME'>;
  DisputeEdge: ResolverTypeWrapper<Omit<DisputeEdge, 'node'> & { node: ResolversTypes['Dispute'] }>;
  DisputeFilter: DisputeFilter;
  DisputeGroup: ResolverTypeWrapper<DisputeGroupMapper>;
  DisputeKind: ResolverTypeWrapper<'ENTERPRISE_RELATED' | 'CONTRACT' | 'TOURIST' | 'DEMOLITION_RESETTLEMENT' | 'NEIGHBOUR' | 'FAMILY' | 'LABOUR' | 'NEIGHBOUR_FAMILY' | 'OTHER'>;
  DisputeKindCount: ResolverTypeWrapper<Omit<DisputeKindCount, 'key'> & { key: ResolversTypes['DisputeKind'] }>;
  DisputeLevel: ResolverTypeWrapper<'GRID' | 'COMMUNITY' | 'STREET' | 'DISTRICT'>;
  DisputeLevelCount: ResolverTypeWrapper<Omit<DisputeLevelCount, 'key'> & { key: ResolversTypes['DisputeLevel'] }>;
  DisputeOrigin: ResolverTypeWrapper<DisputeOrigin>;
  DisputeOriginInput: DisputeOriginInput;
  DisputeParty: ResolverTypeWrapper<DisputePartyMapper>;
  DisputePartyInput: DisputePartyInput;
  DisputeSort: DisputeSort;
  DisputeSortField: ResolverTypeWrapper<'REPORTED_AT'>;
  DisputeStatistics: ResolverTypeWrapper<DisputeStatisticsMapper>;
  DisputeStatus: ResolverTypeWrapper<'REPORTED' | 'ACCEPTED' | 'DECLINED' | 'MEDIATORS_ASSIGNED' | 'MEDIATING' | 'AGREEMENT_REACHED' | 'FAILED' | 'CONFIRMATION_APPLIED' | 'JUDICIALLY_CONFIRMED' | 'PERFORMING' | 'URGED' | 'LITIGATION' | 'FOLLOWED_UP' | 'CLOSED'>;
  DisputeStatusChange: ResolverTypeWrapper<DisputeStatusChangeMapper>;
  DisputeStatusCount: ResolverTypeWrapper<Omit<DisputeStatusCount, 'key'> & { key: ResolversTypes['DisputeStatus'] }>;
  DisputeTimeRules: ResolverTypeWrapper<DisputeTimeRulesMapper>;
  DisputeUrgencyCount: ResolverTypeWrapper<Omit<DisputeUrgencyCount, 'key'> & { key: ResolversTypes['Urgency'] }>;
  DutyShift: ResolverTypeWrapper<DutyShiftMapper>;
  DutyShiftAggregate: ResolverTypeWrapper<Omit<DutyShiftAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['DutyShiftGroup']>, totals: ResolversTypes['DutyShiftGroup'] }>;
  DutyShiftConnection: ResolverTypeWrapper<DutyShiftConnectionMapper>;
  DutyShiftDimension: ResolverTypeWrapper<'GRID' | 'COMMUNITY' | 'OUTCOME' | 'VOLUNTEER' | 'ENTERPRISE' | 'TIME'>;
  DutyShiftEdge: ResolverTypeWrapper<Omit<DutyShiftEdge, 'node'> & { node: ResolversTypes['DutyShift'] }>;
  DutyShiftFilter: DutyShiftFilter;
  DutyShiftGroup: ResolverTypeWrapper<DutyShiftGroupMapper>;
  DutyShiftSort: DutyShiftSort;
  DutyShiftSortField: ResolverTypeWrapper<'STARTS_AT'>;
  DutyShiftStatistics: ResolverTypeWrapper<DutyShiftStatisticsMapper>;
  EndNotice: ResolverTypeWrapper<EndNoticeMapper>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  Escalation: ResolverTypeWrapper<EscalationMapper>;
  FollowUpInput: FollowUpInput;
  FollowUpVisit: ResolverTypeWrapper<FollowUpVisitMapper>;
  Grid: ResolverTypeWrapper<GridMapper>;
  GridDisputeCount: ResolverTypeWrapper<GridDisputeCountMapper>;
  GridDutyShiftCount: ResolverTypeWrapper<GridDutyShiftCountMapper>;
  GridMonthShiftCount: ResolverTypeWrapper<GridMonthShiftCountMapper>;
  GridWorker: ResolverTypeWrapper<GridWorkerMapper>;
  IntakeChannel: ResolverTypeWrapper<'GRID_PATROL' | 'WALK_IN' | 'HOTLINE' | 'REMOTE_VIDEO_PLATFORM' | 'LEGAL_TOUCH_SCREEN' | 'ENTERPRISE_REPORT' | 'POLICE_TRANSFER' | 'COURT_REFERRAL' | 'GOVERNMENT_ASSIGNMENT' | 'CLOUD_PLATFORM'>;
  JudicialConfirmation: ResolverTypeWrapper<JudicialConfirmationMapper>;
  JudicialConfirmationInput: JudicialConfirmationInput;
  KindLocalResolution: ResolverTypeWrapper<Omit<KindLocalResolution, 'key'> & { key: ResolversTypes['DisputeKind'] }>;
  LegalConsultation: ResolverTypeWrapper<LegalConsultationMapper>;
  LegalConsultationAggregate: ResolverTypeWrapper<Omit<LegalConsultationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['LegalConsultationGroup']>, totals: ResolversTypes['LegalConsultationGroup'] }>;
  LegalConsultationConnection: ResolverTypeWrapper<LegalConsultationConnectionMapper>;
  LegalConsultationDimension: ResolverTypeWrapper<'CHANNEL' | 'STATUS' | 'GRID' | 'ENTERPRISE' | 'LAWYER' | 'TIME'>;
  LegalConsultationEdge: ResolverTypeWrapper<Omit<LegalConsultationEdge, 'node'> & { node: ResolversTypes['LegalConsultation'] }>;
  LegalConsultationFilter: LegalConsultationFilter;
  LegalConsultationGroup: ResolverTypeWrapper<LegalConsultationGroupMapper>;
  LegalConsultationSort: LegalConsultationSort;
  LegalConsultationSortField: ResolverTypeWrapper<'ASKED_AT'>;
  LegalConsultationStatistics: ResolverTypeWrapper<LegalConsultationStatisticsMapper>;
  LocalResolutionRow: ResolverTypeWrapper<LocalResolutionRow>;
  MediationAgreement: ResolverTypeWrapper<MediationAgreementMapper>;
  MediationSession: ResolverTypeWrapper<MediationSessionMapper>;
  MediationSessionInput: MediationSessionInput;
  Mediator: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Mediator']>;
  MediatorChange: ResolverTypeWrapper<MediatorChangeMapper>;
  MediatorInput: MediatorInput;
  MediatorKind: ResolverTypeWrapper<'VOLUNTEER' | 'POLICE_OFFICER'>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OralAgreementInput: OralAgreementInput;
  OtherRoute: ResolverTypeWrapper<'ARBITRATION' | 'ADMINISTRATIVE' | 'LITIGATION'>;
  OverdueDisputeSort: OverdueDisputeSort;
  OverdueDisputeSortField: ResolverTypeWrapper<'DUE_AT' | 'REPORTED_AT'>;
  OverdueRule: ResolverTypeWrapper<'MEDIATION_MONTH' | 'FOLLOW_UP' | 'SECURITY_FIRST_SESSION'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyRole: ResolverTypeWrapper<'APPLICANT' | 'RESPONDENT'>;
  Performance: ResolverTypeWrapper<'FULFILLED' | 'PARTLY' | 'NOT_PERFORMED'>;
  PerformanceUrge: ResolverTypeWrapper<PerformanceUrgeMapper>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PiiAuditSort: PiiAuditSort;
  PiiAuditSortField: PiiAuditSortField;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficerMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordDutyShiftInput: RecordDutyShiftInput;
  RecordLegalConsultationInput: RecordLegalConsultationInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReportDisputeInput: ReportDisputeInput;
  RequestLegalConsultationInput: RequestLegalConsultationInput;
  SealInput: SealInput;
  SessionMode: ResolverTypeWrapper<'ON_SITE' | 'REMOTE_VIDEO'>;
  ShiftOutcome: ResolverTypeWrapper<'QUIET' | 'DISPUTE_FOUND' | 'DISPUTE_RESOLVED' | 'REFERRED'>;
  ShiftOutcomeCount: ResolverTypeWrapper<Omit<ShiftOutcomeCount, 'key' | 'outcome'> & { key: ResolversTypes['ShiftOutcome'], outcome: ResolversTypes['ShiftOutcome'] }>;
  SignatureInput: SignatureInput;
  Signer: ResolverTypeWrapper<'PARTY' | 'MEDIATOR'>;
  SigningMethod: ResolverTypeWrapper<'SIGNATURE' | 'SEAL' | 'FINGERPRINT'>;
  SortDirection: SortDirection;
  TimeBucket: TimeBucket;
  Urgency: ResolverTypeWrapper<'NORMAL' | 'URGENT' | 'CRITICAL'>;
  Volunteer: ResolverTypeWrapper<VolunteerMapper>;
  VolunteerAggregate: ResolverTypeWrapper<Omit<VolunteerAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['VolunteerGroup']>, totals: ResolversTypes['VolunteerGroup'] }>;
  VolunteerConnection: ResolverTypeWrapper<VolunteerConnectionMapper>;
  VolunteerDeactivation: ResolverTypeWrapper<Omit<VolunteerDeactivation, 'deactivated'> & { deactivated: ResolversTypes['ActorStamp'] }>;
  VolunteerDimension: ResolverTypeWrapper<'GRID' | 'COMMUNITY' | 'DUTY' | 'ROLE' | 'ENTERPRISE' | 'TIME'>;
  VolunteerDuty: ResolverTypeWrapper<'PATROL' | 'SAFETY_INSPECTION' | 'MEDIATION'>;
  VolunteerDutyCount: ResolverTypeWrapper<Omit<VolunteerDutyCount, 'duty' | 'key'> & { duty: ResolversTypes['VolunteerDuty'], key: ResolversTypes['VolunteerDuty'] }>;
  VolunteerEdge: ResolverTypeWrapper<Omit<VolunteerEdge, 'node'> & { node: ResolversTypes['Volunteer'] }>;
  VolunteerFilter: VolunteerFilter;
  VolunteerGroup: ResolverTypeWrapper<VolunteerGroupMapper>;
  VolunteerRole: ResolverTypeWrapper<'PEOPLES_MEDIATOR' | 'LAWYER' | 'GRID_WORKER' | 'VOLUNTEER'>;
  VolunteerSort: VolunteerSort;
  VolunteerSortField: ResolverTypeWrapper<'JOINED_ON'>;
  VolunteerStatistics: ResolverTypeWrapper<VolunteerStatisticsMapper>;
  WrittenAgreementInput: WrittenAgreementInput;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActorStamp: ActorStamp;
  AggregateKey: AggregateKey;
  AgreementSeal: AgreementSeal;
  AgreementSignature: AgreementSignatureMapper;
  AnswerLegalConsultationInput: AnswerLegalConsultationInput;
  ID: Scalars['ID']['output'];
  Community: CommunityMapper;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  CommunityLocalResolution: CommunityLocalResolutionMapper;
  ConfirmationApplication: ConfirmationApplicationMapper;
  Boolean: Scalars['Boolean']['output'];
  ConfirmationApplicationInput: ConfirmationApplicationInput;
  ConfirmationOutcomeInput: ConfirmationOutcomeInput;
  ConsultationChannelCount: ConsultationChannelCount;
  ConsultationCount: ConsultationCount;
  ConsultationStatusCount: ConsultationStatusCount;
  CourtActionInput: CourtActionInput;
  CourtActionRecord: CourtActionRecordMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dispute: DisputeMapper;
  DisputeAggregate: Omit<DisputeAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['DisputeGroup']>, totals: ResolversParentTypes['DisputeGroup'] };
  DisputeChannelCount: DisputeChannelCount;
  DisputeConnection: DisputeConnectionMapper;
  DisputeCount: DisputeCount;
  DisputeDecline: DisputeDeclineMapper;
  DisputeEdge: Omit<DisputeEdge, 'node'> & { node: ResolversParentTypes['Dispute'] };
  DisputeFilter: DisputeFilter;
  DisputeGroup: DisputeGroupMapper;
  DisputeKindCount: DisputeKindCount;
  DisputeLevelCount: DisputeLevelCount;
  DisputeOrigin: DisputeOrigin;
  DisputeOriginInput: DisputeOriginInput;
  DisputeParty: DisputePartyMapper;
  DisputePartyInput: DisputePartyInput;
  DisputeSort: DisputeSort;
  DisputeStatistics: DisputeStatisticsMapper;
  DisputeStatusChange: DisputeStatusChangeMapper;
  DisputeStatusCount: DisputeStatusCount;
  DisputeTimeRules: DisputeTimeRulesMapper;
  DisputeUrgencyCount: DisputeUrgencyCount;
  DutyShift: DutyShiftMapper;
  DutyShiftAggregate: Omit<DutyShiftAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['DutyShiftGroup']>, totals: ResolversParentTypes['DutyShiftGroup'] };
  DutyShiftConnection: DutyShiftConnectionMapper;
  DutyShiftEdge: Omit<DutyShiftEdge, 'node'> & { node: ResolversParentTypes['DutyShift'] };
  DutyShiftFilter: DutyShiftFilter;
  DutyShiftGroup: DutyShiftGroupMapper;
  DutyShiftSort: DutyShiftSort;
  DutyShiftStatistics: DutyShiftStatisticsMapper;
  EndNotice: EndNoticeMapper;
  Enterprise: EnterpriseMapper;
  Escalation: EscalationMapper;
  FollowUpInput: FollowUpInput;
  FollowUpVisit: FollowUpVisitMapper;
  Grid: GridMapper;
  GridDisputeCount: GridDisputeCountMapper;
  GridDutyShiftCount: GridDutyShiftCountMapper;
  GridMonthShiftCount: GridMonthShiftCountMapper;
  GridWorker: GridWorkerMapper;
  JudicialConfirmation: JudicialConfirmationMapper;
  JudicialConfirmationInput: JudicialConfirmationInput;
  KindLocalResolution: KindLocalResolution;
  LegalConsultation: LegalConsultationMapper;
  LegalConsultationAggregate: Omit<LegalConsultationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['LegalConsultationGroup']>, totals: ResolversParentTypes['LegalConsultationGroup'] };
  LegalConsultationConnection: LegalConsultationConnectionMapper;
  LegalConsultationEdge: Omit<LegalConsultationEdge, 'node'> & { node: ResolversParentTypes['LegalConsultation'] };
  LegalConsultationFilter: LegalConsultationFilter;
  LegalConsultationGroup: LegalConsultationGroupMapper;
  LegalConsultationSort: LegalConsultationSort;
  LegalConsultationStatistics: LegalConsultationStatisticsMapper;
  LocalResolutionRow: LocalResolutionRow;
  MediationAgreement: MediationAgreementMapper;
  MediationSession: MediationSessionMapper;
  MediationSessionInput: MediationSessionInput;
  Mediator: ResolversUnionTypes<ResolversParentTypes>['Mediator'];
  MediatorChange: MediatorChangeMapper;
  MediatorInput: MediatorInput;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  OralAgreementInput: OralAgreementInput;
  OverdueDisputeSort: OverdueDisputeSort;
  PageInfo: PageInfo;
  PerformanceUrge: PerformanceUrgeMapper;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PiiAuditSort: PiiAuditSort;
  PoliceOfficer: PoliceOfficerMapper;
  Query: Record<PropertyKey, never>;
  RecordDutyShiftInput: RecordDutyShiftInput;
  RecordLegalConsultationInput: RecordLegalConsultationInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReportDisputeInput: ReportDisputeInput;
  RequestLegalConsultationInput: RequestLegalConsultationInput;
  SealInput: SealInput;
  ShiftOutcomeCount: ShiftOutcomeCount;
  SignatureInput: SignatureInput;
  Volunteer: VolunteerMapper;
  VolunteerAggregate: Omit<VolunteerAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['VolunteerGroup']>, totals: ResolversParentTypes['VolunteerGroup'] };
  VolunteerConnection: VolunteerConnectionMapper;
  VolunteerDeactivation: Omit<VolunteerDeactivation, 'deactivated'> & { deactivated: ResolversParentTypes['ActorStamp'] };
  VolunteerDutyCount: VolunteerDutyCount;
  VolunteerEdge: Omit<VolunteerEdge, 'node'> & { node: ResolversParentTypes['Volunteer'] };
  VolunteerFilter: VolunteerFilter;
  VolunteerGroup: VolunteerGroupMapper;
  VolunteerSort: VolunteerSort;
  VolunteerStatistics: VolunteerStatisticsMapper;
  WrittenAgreementInput: WrittenAgreementInput;
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

export type AggregateKeyResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AgreementFormResolvers = EnumResolverSignature<{ ORAL?: any, WRITTEN?: any }, ResolversTypes['AgreementForm']>;

export type AgreementSealResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['AgreementSeal'] = ResolversParentTypes['AgreementSeal']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  committee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgreementSignatureResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['AgreementSignature'] = ResolversParentTypes['AgreementSignature']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mediator?: Resolver<Maybe<ResolversTypes['Mediator']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SigningMethod'], ParentType, ContextType>;
  methodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['DisputeParty']>, ParentType, ContextType>;
  signer?: Resolver<ResolversTypes['Signer'], ParentType, ContextType>;
  signerLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CommunityLocalResolutionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CommunityLocalResolution'] = ResolversParentTypes['CommunityLocalResolution']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localResolutionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resolvedLocallyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfirmationApplicationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ConfirmationApplication'] = ResolversParentTypes['ConfirmationApplication']> = ResolversObject<{
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  jointApplication?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ConfirmationOutcome']>, ParentType, ContextType>;
  outcomeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConfirmationOutcomeResolvers = EnumResolverSignature<{ CONFIRMED?: any, REJECTED?: any }, ResolversTypes['ConfirmationOutcome']>;

export type ConsultationChannelResolvers = EnumResolverSignature<{ HOTLINE?: any, LEGAL_TOUCH_SCREEN?: any, REMOTE_VIDEO_PLATFORM?: any, WALK_IN?: any }, ResolversTypes['ConsultationChannel']>;

export type ConsultationChannelCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ConsultationChannelCount'] = ResolversParentTypes['ConsultationChannelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ConsultationChannel'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsultationCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ConsultationCount'] = ResolversParentTypes['ConsultationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsultationStatusResolvers = EnumResolverSignature<{ ANSWERED?: any, FOLLOWED_BY_DISPUTE?: any, REQUESTED?: any }, ResolversTypes['ConsultationStatus']>;

export type ConsultationStatusCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ConsultationStatusCount'] = ResolversParentTypes['ConsultationStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourtActionResolvers = EnumResolverSignature<{ ENFORCEMENT?: any, LITIGATION?: any }, ResolversTypes['CourtAction']>;

export type CourtActionRecordResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CourtActionRecord'] = ResolversParentTypes['CourtActionRecord']> = ResolversObject<{
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CourtAction'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineGroundResolvers = EnumResolverSignature<{ HANDLED_BY_AUTHORITY?: any, PARTY_REFUSES?: any, RESERVED_TO_AUTHORITY?: any }, ResolversTypes['DeclineGround']>;

export type DisputeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'], FederationReferenceType extends FederationReferenceTypes['Dispute'] = FederationReferenceTypes['Dispute']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['MediationAgreement']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  confirmationApplication?: Resolver<Maybe<ResolversTypes['ConfirmationApplication']>, ParentType, ContextType>;
  courtAction?: Resolver<Maybe<ResolversTypes['CourtActionRecord']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  declined?: Resolver<Maybe<ResolversTypes['DisputeDecline']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endNotice?: Resolver<Maybe<ResolversTypes['EndNotice']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<DisputeenterprisesArgs, 'first'>>;
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
  mediatorChanges?: Resolver<Array<ResolversTypes['MediatorChange']>, ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['DisputeOrigin']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['DisputeParty']>, ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['Performance']>, ParentType, ContextType>;
  performanceLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedAtLevel?: Resolver<Maybe<ResolversTypes['DisputeLevel']>, ParentType, ContextType>;
  resolvedAtLevelLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  securityMediation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['MediationSession']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeRules?: Resolver<ResolversTypes['DisputeTimeRules'], ParentType, ContextType, Partial<DisputetimeRulesArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  urgencyLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urges?: Resolver<Array<ResolversTypes['PerformanceUrge']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeAggregateResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeAggregate'] = ResolversParentTypes['DisputeAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['DisputeGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['DisputeGroup'], ParentType, ContextType>;
}>;

export type DisputeChannelCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeChannelCount'] = ResolversParentTypes['DisputeChannelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DisputeDeclineResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeDecline'] = ResolversParentTypes['DisputeDecline']> = ResolversObject<{
  declined?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  ground?: Resolver<ResolversTypes['DeclineGround'], ParentType, ContextType>;
  groundLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeDimensionResolvers = EnumResolverSignature<{ CHANNEL?: any, COMMUNITY?: any, ENTERPRISE?: any, GRID?: any, KIND?: any, LEVEL?: any, MEDIATOR?: any, RESOLVED_LEVEL?: any, STATUS?: any, TIME?: any, URGENCY?: any }, ResolversTypes['DisputeDimension']>;

export type DisputeEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
}>;

export type DisputeGroupResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeGroup'] = ResolversParentTypes['DisputeGroup']> = ResolversObject<{
  averageDaysToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  closedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithinMonthCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithinMonthRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  escalatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  followUpRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  followUpsDueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpsOverdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followedUpCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  judicialConfirmationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  judiciallyConfirmedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  localResolutionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  performanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  performedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedLocallyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisputeKindResolvers = EnumResolverSignature<{ CONTRACT?: any, DEMOLITION_RESETTLEMENT?: any, ENTERPRISE_RELATED?: any, FAMILY?: any, LABOUR?: any, NEIGHBOUR?: any, NEIGHBOUR_FAMILY?: any, OTHER?: any, TOURIST?: any }, ResolversTypes['DisputeKind']>;

export type DisputeKindCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeKindCount'] = ResolversParentTypes['DisputeKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DisputeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeLevelResolvers = EnumResolverSignature<{ COMMUNITY?: any, DISTRICT?: any, GRID?: any, STREET?: any }, ResolversTypes['DisputeLevel']>;

export type DisputeLevelCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeLevelCount'] = ResolversParentTypes['DisputeLevelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DisputeLevel'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeOriginResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeOrigin'] = ResolversParentTypes['DisputeOrigin']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

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
  averageDaysToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byGrid?: Resolver<Array<ResolversTypes['GridDisputeCount']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  byUrgency?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  channelCounts?: Resolver<Array<ResolversTypes['DisputeChannelCount']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedResolvedLocally?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithinMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithinMonthRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closedWithinMonthShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communityLocalResolution?: Resolver<Array<ResolversTypes['CommunityLocalResolution']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  followUpCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  followUpRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  followedUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  judicialConfirmationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  judiciallyConfirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kindCounts?: Resolver<Array<ResolversTypes['DisputeKindCount']>, ParentType, ContextType>;
  kindLocalResolution?: Resolver<Array<ResolversTypes['KindLocalResolution']>, ParentType, ContextType>;
  levelCounts?: Resolver<Array<ResolversTypes['DisputeLevelCount']>, ParentType, ContextType>;
  localResolutionByCommunity?: Resolver<Array<ResolversTypes['LocalResolutionRow']>, ParentType, ContextType>;
  localResolutionByKind?: Resolver<Array<ResolversTypes['LocalResolutionRow']>, ParentType, ContextType>;
  localResolutionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  localResolutionShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  performanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  performed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedByLevel?: Resolver<Array<ResolversTypes['DisputeCount']>, ParentType, ContextType>;
  resolvedLevelCounts?: Resolver<Array<ResolversTypes['DisputeLevelCount']>, ParentType, ContextType>;
  resolvedLocally?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['DisputeStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  urgencyCounts?: Resolver<Array<ResolversTypes['DisputeUrgencyCount']>, ParentType, ContextType>;
}>;

export type DisputeStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, AGREEMENT_REACHED?: any, CLOSED?: any, CONFIRMATION_APPLIED?: any, DECLINED?: any, FAILED?: any, FOLLOWED_UP?: any, JUDICIALLY_CONFIRMED?: any, LITIGATION?: any, MEDIATING?: any, MEDIATORS_ASSIGNED?: any, PERFORMING?: any, REPORTED?: any, URGED?: any }, ResolversTypes['DisputeStatus']>;

export type DisputeStatusChangeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeStatusChange'] = ResolversParentTypes['DisputeStatusChange']> = ResolversObject<{
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DisputeStatus']>, ParentType, ContextType>;
  fromLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeStatusCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeStatusCount'] = ResolversParentTypes['DisputeStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeTimeRulesResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeTimeRules'] = ResolversParentTypes['DisputeTimeRules']> = ResolversObject<{
  confirmationWindowEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  confirmationWindowOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstSessionDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUpDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mediationDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mediationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secondSessionDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  securitySessionsLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DisputeUrgencyCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeUrgencyCount'] = ResolversParentTypes['DisputeUrgencyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DutyShiftResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShift'] = ResolversParentTypes['DutyShift']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ShiftOutcome'], ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type DutyShiftAggregateResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShiftAggregate'] = ResolversParentTypes['DutyShiftAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['DutyShiftGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['DutyShiftGroup'], ParentType, ContextType>;
}>;

export type DutyShiftConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShiftConnection'] = ResolversParentTypes['DutyShiftConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DutyShiftEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DutyShiftDimensionResolvers = EnumResolverSignature<{ COMMUNITY?: any, ENTERPRISE?: any, GRID?: any, OUTCOME?: any, TIME?: any, VOLUNTEER?: any }, ResolversTypes['DutyShiftDimension']>;

export type DutyShiftEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShiftEdge'] = ResolversParentTypes['DutyShiftEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DutyShift'], ParentType, ContextType>;
}>;

export type DutyShiftGroupResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShiftGroup'] = ResolversParentTypes['DutyShiftGroup']> = ResolversObject<{
  averageShiftHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputesFoundCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dutyHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  settledOnTheSpotCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settledOnTheSpotRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type DutyShiftSortFieldResolvers = EnumResolverSignature<{ STARTS_AT?: any }, ResolversTypes['DutyShiftSortField']>;

export type DutyShiftStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DutyShiftStatistics'] = ResolversParentTypes['DutyShiftStatistics']> = ResolversObject<{
  byGrid?: Resolver<Array<ResolversTypes['GridDutyShiftCount']>, ParentType, ContextType>;
  byGridAndMonth?: Resolver<Array<ResolversTypes['GridMonthShiftCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['ShiftOutcomeCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EndNoticeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['EndNotice'] = ResolversParentTypes['EndNotice']> = ResolversObject<{
  notified?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  routeLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['OtherRoute']>, ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<EnterprisedisputesArgs, 'first'>>;
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
  newRisks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['Performance']>, ParentType, ContextType>;
  performanceLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GridDutyShiftCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridDutyShiftCount'] = ResolversParentTypes['GridDutyShiftCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GridMonthShiftCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridMonthShiftCount'] = ResolversParentTypes['GridMonthShiftCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GridWorkerResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridWorker'] = ResolversParentTypes['GridWorker']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IntakeChannelResolvers = EnumResolverSignature<{ CLOUD_PLATFORM?: any, COURT_REFERRAL?: any, ENTERPRISE_REPORT?: any, GOVERNMENT_ASSIGNMENT?: any, GRID_PATROL?: any, HOTLINE?: any, LEGAL_TOUCH_SCREEN?: any, POLICE_TRANSFER?: any, REMOTE_VIDEO_PLATFORM?: any, WALK_IN?: any }, ResolversTypes['IntakeChannel']>;

export type JudicialConfirmationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['JudicialConfirmation'] = ResolversParentTypes['JudicialConfirmation']> = ResolversObject<{
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KindLocalResolutionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['KindLocalResolution'] = ResolversParentTypes['KindLocalResolution']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DisputeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localResolutionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resolvedLocallyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LegalConsultationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultation'] = ResolversParentTypes['LegalConsultation']> = ResolversObject<{
  answerSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsultationChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawyer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  requesterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requesterPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LegalConsultationAggregateResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationAggregate'] = ResolversParentTypes['LegalConsultationAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['LegalConsultationGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['LegalConsultationGroup'], ParentType, ContextType>;
}>;

export type LegalConsultationConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationConnection'] = ResolversParentTypes['LegalConsultationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LegalConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LegalConsultationDimensionResolvers = EnumResolverSignature<{ CHANNEL?: any, ENTERPRISE?: any, GRID?: any, LAWYER?: any, STATUS?: any, TIME?: any }, ResolversTypes['LegalConsultationDimension']>;

export type LegalConsultationEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationEdge'] = ResolversParentTypes['LegalConsultationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType>;
}>;

export type LegalConsultationGroupResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationGroup'] = ResolversParentTypes['LegalConsultationGroup']> = ResolversObject<{
  answeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageHoursToAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  referredToDisputeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referredToDisputeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type LegalConsultationSortFieldResolvers = EnumResolverSignature<{ ASKED_AT?: any }, ResolversTypes['LegalConsultationSortField']>;

export type LegalConsultationStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LegalConsultationStatistics'] = ResolversParentTypes['LegalConsultationStatistics']> = ResolversObject<{
  byChannel?: Resolver<Array<ResolversTypes['ConsultationCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ConsultationCount']>, ParentType, ContextType>;
  channelCounts?: Resolver<Array<ResolversTypes['ConsultationChannelCount']>, ParentType, ContextType>;
  followedByDispute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['ConsultationStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalResolutionRowResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['LocalResolutionRow'] = ResolversParentTypes['LocalResolutionRow']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resolvedLocally?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MediationAgreementResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationAgreement'] = ResolversParentTypes['MediationAgreement']> = ResolversObject<{
  disputedMatters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['AgreementForm'], ParentType, ContextType>;
  formLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  performanceDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  performanceMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  responsibilities?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seal?: Resolver<Maybe<ResolversTypes['AgreementSeal']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['AgreementSignature']>, ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MediationSessionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationSession'] = ResolversParentTypes['MediationSession']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  mediatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SessionMode'], ParentType, ContextType>;
  modeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type MediatorResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Mediator'] = ResolversParentTypes['Mediator']> = ResolversObject<{
  __resolveType?: TypeResolveFn<'PoliceOfficer' | 'Volunteer', ParentType, ContextType>;
}>;

export type MediatorChangeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediatorChange'] = ResolversParentTypes['MediatorChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['PartyRole']>, ParentType, ContextType>;
  requestedByLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
}>;

export type MediatorKindResolvers = EnumResolverSignature<{ POLICE_OFFICER?: any, VOLUNTEER?: any }, ResolversTypes['MediatorKind']>;

export type MonthCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationacceptDisputeArgs, 'expectedVersion' | 'id'>>;
  answerLegalConsultation?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType, RequireFields<MutationanswerLegalConsultationArgs, 'answer' | 'expectedVersion' | 'id'>>;
  applyForJudicialConfirmation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationapplyForJudicialConfirmationArgs, 'application' | 'expectedVersion' | 'id'>>;
  assignMediators?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationassignMediatorsArgs, 'expectedVersion' | 'id' | 'mediators'>>;
  closeDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationcloseDisputeArgs, 'expectedVersion' | 'id'>>;
  confirmJudicially?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationconfirmJudiciallyArgs, 'confirmation' | 'expectedVersion' | 'id'>>;
  deactivateVolunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationdeactivateVolunteerArgs, 'expectedVersion' | 'id' | 'reason'>>;
  declineDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationdeclineDisputeArgs, 'expectedVersion' | 'ground' | 'id' | 'reason'>>;
  endMediation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationendMediationArgs, 'expectedVersion' | 'id' | 'reason' | 'routesNotified'>>;
  escalateDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationescalateDisputeArgs, 'expectedVersion' | 'id' | 'reason'>>;
  failMediation?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationfailMediationArgs, 'expectedVersion' | 'id' | 'reason'>>;
  linkConsultationDispute?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType, RequireFields<MutationlinkConsultationDisputeArgs, 'disputeId' | 'expectedVersion' | 'id'>>;
  reachAgreement?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreachAgreementArgs, 'expectedVersion' | 'id' | 'terms'>>;
  reachWrittenAgreement?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreachWrittenAgreementArgs, 'agreement' | 'expectedVersion' | 'id'>>;
  recordConfirmationOutcome?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordConfirmationOutcomeArgs, 'decision' | 'expectedVersion' | 'id'>>;
  recordCourtAction?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordCourtActionArgs, 'action' | 'expectedVersion' | 'id'>>;
  recordDutyShift?: Resolver<ResolversTypes['DutyShift'], ParentType, ContextType, RequireFields<MutationrecordDutyShiftArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordFollowUpArgs, 'expectedVersion' | 'id' | 'visit'>>;
  recordLegalConsultation?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType, RequireFields<MutationrecordLegalConsultationArgs, 'input'>>;
  recordMediationSession?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordMediationSessionArgs, 'expectedVersion' | 'id' | 'session'>>;
  recordOralAgreement?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationrecordOralAgreementArgs, 'agreement' | 'expectedVersion' | 'id'>>;
  registerVolunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationregisterVolunteerArgs, 'input'>>;
  replaceMediators?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreplaceMediatorsArgs, 'expectedVersion' | 'id' | 'mediators' | 'reason'>>;
  reportDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationreportDisputeArgs, 'input'>>;
  requestLegalConsultation?: Resolver<ResolversTypes['LegalConsultation'], ParentType, ContextType, RequireFields<MutationrequestLegalConsultationArgs, 'input'>>;
  urgePerformance?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationurgePerformanceArgs, 'expectedVersion' | 'id' | 'notes'>>;
}>;

export type OtherRouteResolvers = EnumResolverSignature<{ ADMINISTRATIVE?: any, ARBITRATION?: any, LITIGATION?: any }, ResolversTypes['OtherRoute']>;

export type OverdueDisputeSortFieldResolvers = EnumResolverSignature<{ DUE_AT?: any, REPORTED_AT?: any }, ResolversTypes['OverdueDisputeSortField']>;

export type OverdueRuleResolvers = EnumResolverSignature<{ FOLLOW_UP?: any, MEDIATION_MONTH?: any, SECURITY_FIRST_SESSION?: any }, ResolversTypes['OverdueRule']>;

export type PageInfoResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyRoleResolvers = EnumResolverSignature<{ APPLICANT?: any, RESPONDENT?: any }, ResolversTypes['PartyRole']>;

export type PerformanceResolvers = EnumResolverSignature<{ FULFILLED?: any, NOT_PERFORMED?: any, PARTLY?: any }, ResolversTypes['Performance']>;

export type PerformanceUrgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PerformanceUrge'] = ResolversParentTypes['PerformanceUrge']> = ResolversObject<{
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urged?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

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

export type PoliceOfficerResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer'], FederationReferenceType extends FederationReferenceTypes['PoliceOfficer'] = FederationReferenceTypes['PoliceOfficer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PoliceOfficer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediatedDisputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<PoliceOfficermediatedDisputesArgs, 'first'>>;
  mediationSessions?: Resolver<Array<ResolversTypes['MediationSession']>, ParentType, ContextType, RequireFields<PoliceOfficermediationSessionsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QuerycommunityArgs, 'id'>>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<QuerydisputeArgs, 'id'>>;
  disputeAggregate?: Resolver<ResolversTypes['DisputeAggregate'], ParentType, ContextType, RequireFields<QuerydisputeAggregateArgs, 'groupBy' | 'timeBucket'>>;
  disputeStatistics?: Resolver<ResolversTypes['DisputeStatistics'], ParentType, ContextType, Partial<QuerydisputeStatisticsArgs>>;
  disputes?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, RequireFields<QuerydisputesArgs, 'first'>>;
  dutyShiftAggregate?: Resolver<ResolversTypes['DutyShiftAggregate'], ParentType, ContextType, RequireFields<QuerydutyShiftAggregateArgs, 'groupBy' | 'timeBucket'>>;
  dutyShiftStatistics?: Resolver<ResolversTypes['DutyShiftStatistics'], ParentType, ContextType, Partial<QuerydutyShiftStatisticsArgs>>;
  dutyShifts?: Resolver<ResolversTypes['DutyShiftConnection'], ParentType, ContextType, RequireFields<QuerydutyShiftsArgs, 'first'>>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType, RequireFields<QuerygridArgs, 'id'>>;
  legalConsultation?: Resolver<Maybe<ResolversTypes['LegalConsultation']>, ParentType, ContextType, RequireFields<QuerylegalConsultationArgs, 'id'>>;
  legalConsultationAggregate?: Resolver<ResolversTypes['LegalConsultationAggregate'], ParentType, ContextType, RequireFields<QuerylegalConsultationAggregateArgs, 'groupBy' | 'timeBucket'>>;
  legalConsultationStatistics?: Resolver<ResolversTypes['LegalConsultationStatistics'], ParentType, ContextType, Partial<QuerylegalConsultationStatisticsArgs>>;
  legalConsultations?: Resolver<ResolversTypes['LegalConsultationConnection'], ParentType, ContextType, RequireFields<QuerylegalConsultationsArgs, 'first'>>;
  overdueDisputes?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, RequireFields<QueryoverdueDisputesArgs, 'first' | 'rule'>>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryvolunteerArgs, 'id'>>;
  volunteerAggregate?: Resolver<ResolversTypes['VolunteerAggregate'], ParentType, ContextType, RequireFields<QueryvolunteerAggregateArgs, 'groupBy' | 'timeBucket'>>;
  volunteerStatistics?: Resolver<ResolversTypes['VolunteerStatistics'], ParentType, ContextType, Partial<QueryvolunteerStatisticsArgs>>;
  volunteers?: Resolver<ResolversTypes['VolunteerConnection'], ParentType, ContextType, RequireFields<QueryvolunteersArgs, 'first'>>;
}>;

export type SessionModeResolvers = EnumResolverSignature<{ ON_SITE?: any, REMOTE_VIDEO?: any }, ResolversTypes['SessionMode']>;

export type ShiftOutcomeResolvers = EnumResolverSignature<{ DISPUTE_FOUND?: any, DISPUTE_RESOLVED?: any, QUIET?: any, REFERRED?: any }, ResolversTypes['ShiftOutcome']>;

export type ShiftOutcomeCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ShiftOutcomeCount'] = ResolversParentTypes['ShiftOutcomeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ShiftOutcome'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ShiftOutcome'], ParentType, ContextType>;
}>;

export type SignerResolvers = EnumResolverSignature<{ MEDIATOR?: any, PARTY?: any }, ResolversTypes['Signer']>;

export type SigningMethodResolvers = EnumResolverSignature<{ FINGERPRINT?: any, SEAL?: any, SIGNATURE?: any }, ResolversTypes['SigningMethod']>;

export type UrgencyResolvers = EnumResolverSignature<{ CRITICAL?: any, NORMAL?: any, URGENT?: any }, ResolversTypes['Urgency']>;

export type VolunteerResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  deactivation?: Resolver<Maybe<ResolversTypes['VolunteerDeactivation']>, ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['VolunteerDuty']>, ParentType, ContextType>;
  dutyLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dutyShifts?: Resolver<Array<ResolversTypes['DutyShift']>, ParentType, ContextType, RequireFields<VolunteerdutyShiftsArgs, 'first'>>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  mediatedDisputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<VolunteermediatedDisputesArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['VolunteerRole']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAggregateResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerAggregate'] = ResolversParentTypes['VolunteerAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['VolunteerGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['VolunteerGroup'], ParentType, ContextType>;
}>;

export type VolunteerConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerConnection'] = ResolversParentTypes['VolunteerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VolunteerDeactivationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerDeactivation'] = ResolversParentTypes['VolunteerDeactivation']> = ResolversObject<{
  deactivated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VolunteerDimensionResolvers = EnumResolverSignature<{ COMMUNITY?: any, DUTY?: any, ENTERPRISE?: any, GRID?: any, ROLE?: any, TIME?: any }, ResolversTypes['VolunteerDimension']>;

export type VolunteerDutyResolvers = EnumResolverSignature<{ MEDIATION?: any, PATROL?: any, SAFETY_INSPECTION?: any }, ResolversTypes['VolunteerDuty']>;

export type VolunteerDutyCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerDutyCount'] = ResolversParentTypes['VolunteerDutyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['VolunteerDuty'], ParentType, ContextType>;
  dutyLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['VolunteerDuty'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VolunteerEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerEdge'] = ResolversParentTypes['VolunteerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
}>;

export type VolunteerGroupResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['VolunteerGroup'] = ResolversParentTypes['VolunteerGroup']> = ResolversObject<{
  activeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
}>;

export type VolunteerRoleResolvers = EnumResolverSignature<{ GRID_WORKER?: any, LAWYER?: any, PEOPLES_MEDIATOR?: any, VOLUNTEER?: any }, ResolversTypes['VolunteerRole']>;

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
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  AgreementForm?: AgreementFormResolvers;
  AgreementSeal?: AgreementSealResolvers<ContextType>;
  AgreementSignature?: AgreementSignatureResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityLocalResolution?: CommunityLocalResolutionResolvers<ContextType>;
  ConfirmationApplication?: ConfirmationApplicationResolvers<ContextType>;
  ConfirmationOutcome?: ConfirmationOutcomeResolvers;
  ConsultationChannel?: ConsultationChannelResolvers;
  ConsultationChannelCount?: ConsultationChannelCountResolvers<ContextType>;
  ConsultationCount?: ConsultationCountResolvers<ContextType>;
  ConsultationStatus?: ConsultationStatusResolvers;
  ConsultationStatusCount?: ConsultationStatusCountResolvers<ContextType>;
  CourtAction?: CourtActionResolvers;
  CourtActionRecord?: CourtActionRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeclineGround?: DeclineGroundResolvers;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeAggregate?: DisputeAggregateResolvers<ContextType>;
  DisputeChannelCount?: DisputeChannelCountResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeCount?: DisputeCountResolvers<ContextType>;
  DisputeDecline?: DisputeDeclineResolvers<ContextType>;
  DisputeDimension?: DisputeDimensionResolvers;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  DisputeGroup?: DisputeGroupResolvers<ContextType>;
  DisputeKind?: DisputeKindResolvers;
  DisputeKindCount?: DisputeKindCountResolvers<ContextType>;
  DisputeLevel?: DisputeLevelResolvers;
  DisputeLevelCount?: DisputeLevelCountResolvers<ContextType>;
  DisputeOrigin?: DisputeOriginResolvers<ContextType>;
  DisputeParty?: DisputePartyResolvers<ContextType>;
  DisputeSortField?: DisputeSortFieldResolvers;
  DisputeStatistics?: DisputeStatisticsResolvers<ContextType>;
  DisputeStatus?: DisputeStatusResolvers;
  DisputeStatusChange?: DisputeStatusChangeResolvers<ContextType>;
  DisputeStatusCount?: DisputeStatusCountResolvers<ContextType>;
  DisputeTimeRules?: DisputeTimeRulesResolvers<ContextType>;
  DisputeUrgencyCount?: DisputeUrgencyCountResolvers<ContextType>;
  DutyShift?: DutyShiftResolvers<ContextType>;
  DutyShiftAggregate?: DutyShiftAggregateResolvers<ContextType>;
  DutyShiftConnection?: DutyShiftConnectionResolvers<ContextType>;
  DutyShiftDimension?: DutyShiftDimensionResolvers;
  DutyShiftEdge?: DutyShiftEdgeResolvers<ContextType>;
  DutyShiftGroup?: DutyShiftGroupResolvers<ContextType>;
  DutyShiftSortField?: DutyShiftSortFieldResolvers;
  DutyShiftStatistics?: DutyShiftStatisticsResolvers<ContextType>;
  EndNotice?: EndNoticeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Escalation?: EscalationResolvers<ContextType>;
  FollowUpVisit?: FollowUpVisitResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  GridDisputeCount?: GridDisputeCountResolvers<ContextType>;
  GridDutyShiftCount?: GridDutyShiftCountResolvers<ContextType>;
  GridMonthShiftCount?: GridMonthShiftCountResolvers<ContextType>;
  GridWorker?: GridWorkerResolvers<ContextType>;
  IntakeChannel?: IntakeChannelResolvers;
  JudicialConfirmation?: JudicialConfirmationResolvers<ContextType>;
  KindLocalResolution?: KindLocalResolutionResolvers<ContextType>;
  LegalConsultation?: LegalConsultationResolvers<ContextType>;
  LegalConsultationAggregate?: LegalConsultationAggregateResolvers<ContextType>;
  LegalConsultationConnection?: LegalConsultationConnectionResolvers<ContextType>;
  LegalConsultationDimension?: LegalConsultationDimensionResolvers;
  LegalConsultationEdge?: LegalConsultationEdgeResolvers<ContextType>;
  LegalConsultationGroup?: LegalConsultationGroupResolvers<ContextType>;
  LegalConsultationSortField?: LegalConsultationSortFieldResolvers;
  LegalConsultationStatistics?: LegalConsultationStatisticsResolvers<ContextType>;
  LocalResolutionRow?: LocalResolutionRowResolvers<ContextType>;
  MediationAgreement?: MediationAgreementResolvers<ContextType>;
  MediationSession?: MediationSessionResolvers<ContextType>;
  Mediator?: MediatorResolvers<ContextType>;
  MediatorChange?: MediatorChangeResolvers<ContextType>;
  MediatorKind?: MediatorKindResolvers;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OtherRoute?: OtherRouteResolvers;
  OverdueDisputeSortField?: OverdueDisputeSortFieldResolvers;
  OverdueRule?: OverdueRuleResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyRole?: PartyRoleResolvers;
  Performance?: PerformanceResolvers;
  PerformanceUrge?: PerformanceUrgeResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SessionMode?: SessionModeResolvers;
  ShiftOutcome?: ShiftOutcomeResolvers;
  ShiftOutcomeCount?: ShiftOutcomeCountResolvers<ContextType>;
  Signer?: SignerResolvers;
  SigningMethod?: SigningMethodResolvers;
  Urgency?: UrgencyResolvers;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerAggregate?: VolunteerAggregateResolvers<ContextType>;
  VolunteerConnection?: VolunteerConnectionResolvers<ContextType>;
  VolunteerDeactivation?: VolunteerDeactivationResolvers<ContextType>;
  VolunteerDimension?: VolunteerDimensionResolvers;
  VolunteerDuty?: VolunteerDutyResolvers;
  VolunteerDutyCount?: VolunteerDutyCountResolvers<ContextType>;
  VolunteerEdge?: VolunteerEdgeResolvers<ContextType>;
  VolunteerGroup?: VolunteerGroupResolvers<ContextType>;
  VolunteerRole?: VolunteerRoleResolvers;
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
