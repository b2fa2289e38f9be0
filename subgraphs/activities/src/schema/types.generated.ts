import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityMapper, ActivityConnectionMapper } from './activity/activity.mappers';
import type { ActivityStatisticsMapper, EnterpriseParticipationMapper, EnterpriseRegistrationCountMapper } from './statistics/statistics.mappers';
import type { BookingMapper } from './booking/booking.mappers';
import type { ClosingReportMapper, ReportOutcomeMapper } from './report/report.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { FeedbackMapper, RegistrationMapper, RegistrationConnectionMapper } from './registration/registration.mappers';
import type { VenueMapper } from './venue/venue.mappers';
import type { ActivitiesContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
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

/** A party-building activity of the 警企党建红盟. 党建活动 */
export type Activity = {
  __typename?: 'Activity';
  /** The outside address it takes place at (null in a functional room). */
  address?: Maybe<Scalars['String']['output']>;
  /** People who checked in. */
  attendedCount: Scalars['Int']['output'];
  /** Average feedback rating (1–5) over every attendee's feedback, null without feedback. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** The room booking it holds (null at an outside address). */
  booking?: Maybe<Booking>;
  /** Why it was cancelled, when it was. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Seats available to registrants. */
  capacity: Scalars['Int']['output'];
  /** When check-in opens (a configured time before the start); it closes at the end. */
  checkInOpensAt: Scalars['DateTime']['output'];
  /** Co-organising enterprises (ENTERPRISE users: only their own). */
  coOrganisers: Array<Enterprise>;
  /** Who planned it and when. */
  created: ActorStamp;
  /** What it is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Feedback left after the activity, newest first (ENTERPRISE users see only their own enterprise's). */
  feedback: Array<Feedback>;
  /** Number of feedback entries, from every attendee. */
  feedbackCount: Scalars['Int']['output'];
  /** Stable id of the activity. */
  id: Scalars['ID']['output'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Materials used. */
  materials: Array<ActivityMaterial>;
  /** People who held a seat and did not come (set when the activity closes). */
  noShowCount: Scalars['Int']['output'];
  /** The member enterprise whose party organisation organises it (organiserKind PARTY_ORGANISATION; ENTERPRISE users: only their own). */
  organiserEnterprise?: Maybe<Enterprise>;
  /** Who organises it. */
  organiserKind: OrganiserKind;
  /** Chinese label of the organiser kind. */
  organiserKindLabel: Scalars['String']['output'];
  /** The officer organising it. */
  organizer?: Maybe<PoliceOfficer>;
  /** Outcome summary, once closed. */
  outcome?: Maybe<ActivityOutcome>;
  /** When registration closes: the registration deadline, or the start. */
  registrationClosesAt: Scalars['DateTime']['output'];
  /** When registration opens (null: when it is opened). */
  registrationOpensAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrations for this activity (ENTERPRISE users see only their own enterprise's). */
  registrations: RegistrationConnection;
  /** The closing report, once closed. */
  report?: Maybe<ClosingReport>;
  /** Seats still free. */
  seatsLeft: Scalars['Int']['output'];
  /** Seats held by confirmed registrations. */
  seatsTaken: Scalars['Int']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is in its life. */
  status: ActivityStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** The functional room it takes place in (null at an outside address). */
  venue?: Maybe<Venue>;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** People on the waitlist. */
  waitlistCount: Scalars['Int']['output'];
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivitycoOrganisersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivityfeedbackArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivityregistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RegistrationSort>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** Items on this page. */
  edges: Array<ActivityEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of activities matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One activity in a list page. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Which activities to list or count. */
export type ActivityFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActivityKind>>;
  /** Only with these organisers. */
  organiserKinds?: InputMaybe<Array<OrganiserKind>>;
  /** Only organised by this officer. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities starting before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities starting at or after this instant. */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ActivityStatus>>;
  /** Only at this venue. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of a party-building activity. 活动类型 */
export type ActivityKind =
  /** 一对一咨询 — one-to-one consultation */
  | 'ONE_TO_ONE_CONSULTATION'
  /** 经验交流座谈会 — experience-exchange symposium */
  | 'SYMPOSIUM'
  /** 专题学习教育 — thematic study */
  | 'THEMATIC_STUDY'
  /** 主题党日 — themed party day */
  | 'THEMED_PARTY_DAY'
  /** 培训 — training, e.g. IP protection and risk prevention */
  | 'TRAINING'
  /** 统一活动日 — unified activity day */
  | 'UNIFIED_ACTIVITY_DAY';

/** Number of activities of one kind. */
export type ActivityKindCount = {
  __typename?: 'ActivityKindCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
};

/** A document or item used in an activity (a reference such as an archive number, no URL). 活动资料 */
export type ActivityMaterial = {
  __typename?: 'ActivityMaterial';
  /** Where to find it, e.g. 党建书屋 shelf or archive number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Title of the material. */
  title: Scalars['String']['output'];
};

/** A material to attach to an activity. */
export type ActivityMaterialInput = {
  /** Where to find it, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What an activity achieved, recorded when it completes. 活动成效 */
export type ActivityOutcome = {
  __typename?: 'ActivityOutcome';
  /** Who recorded it and when. */
  recorded: ActorStamp;
  /** Summary of the outcome. */
  summary: Scalars['String']['output'];
};

/** Metadata of a photo taken at an activity (no image data). 活动照片 */
export type ActivityPhoto = {
  __typename?: 'ActivityPhoto';
  /** Where it is kept, e.g. an archive number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** When it was taken. */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Caption. */
  title: Scalars['String']['output'];
};

/** A photo's metadata. */
export type ActivityPhotoInput = {
  /** Where it is kept, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** When it was taken. */
  takenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Caption, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Order of an activity list. */
export type ActivitySort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: ActivitySortField;
};

/** Fields activities can be sorted by. */
export type ActivitySortField =
  /** 容量 — capacity */
  | 'CAPACITY'
  /** 开始时间 — start time */
  | 'STARTS_AT'
  /** 标题 — title */
  | 'TITLE';

/** Statistics of party-building activities (computed in the database). */
export type ActivityStatistics = {
  __typename?: 'ActivityStatistics';
  /** attended / completedSeats, i.e. attended ÷ registered (0 when there are none). */
  attendanceRate: Scalars['Float']['output'];
  /** People who checked in at closed activities matching the filter. */
  attended: Scalars['Int']['output'];
  /** Activities by kind (every kind, zero included). */
  byKind: Array<ActivityKindCount>;
  /** Activities by month of their start (China Standard Time). */
  byMonth: Array<MonthCount>;
  /** Activities by organiser kind (every kind, zero included). */
  byOrganiser: Array<OrganiserKindCount>;
  /** Activities by status (every status, zero included). */
  byStatus: Array<ActivityStatusCount>;
  /** Seats held at closed activities matching the filter (registered: attended + no-shows). */
  completedSeats: Scalars['Int']['output'];
  /** Feedback on activities matching the filter. */
  feedback: FeedbackFigures;
  /** Feedback by activity kind (every kind, zero included), over activities matching the filter. */
  feedbackByKind: Array<KindFeedback>;
  /** Feedback by organiser kind (every kind, zero included), over activities matching the filter. */
  feedbackByOrganiser: Array<OrganiserFeedback>;
  /** noShows / completedSeats (0 when there are none). */
  noShowRate: Scalars['Float']['output'];
  /** People who held a seat at closed activities matching the filter and did not come. */
  noShows: Scalars['Int']['output'];
  /** Participation per enterprise at closed activities matching kinds and dates of the filter, most attended first (ENTERPRISE users: only their own). */
  participation: Array<EnterpriseParticipation>;
  /** Enterprises with the most registrations holding a seat for activities matching kinds and dates of the filter (ENTERPRISE users: only their own). */
  topEnterprises: Array<EnterpriseRegistrationCount>;
  /** Activities matching the filter. */
  total: Scalars['Int']['output'];
  /** Room bookings per room and ISO week for bookings starting in [from, before) (at most 366 days; default the 12 weeks before now). */
  venueUtilisation: Array<VenueWeekUtilisation>;
};


/** Statistics of party-building activities (computed in the database). */
export type ActivityStatisticsparticipationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Statistics of party-building activities (computed in the database). */
export type ActivityStatisticstopEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Statistics of party-building activities (computed in the database). */
export type ActivityStatisticsvenueUtilisationArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where an activity is in its life. 活动状态 */
export type ActivityStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已结束 — closed with its closing report */
  | 'COMPLETED'
  /** 进行中 — taking place */
  | 'ONGOING'
  /** 报名中 — open for registration (inside its registration window) */
  | 'OPEN_FOR_REGISTRATION'
  /** 草稿 — draft: planned, not yet published */
  | 'PLANNED'
  /** 已发布 — published, registration not yet open */
  | 'PUBLISHED'
  /** 报名截止 — registration closed, not yet started */
  | 'REGISTRATION_CLOSED';

/** Number of activities in one status. */
export type ActivityStatusCount = {
  __typename?: 'ActivityStatusCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ActivityStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
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

/** A room booking for a meeting that is not an activity. */
export type BookVenueInput = {
  /** End, after the start, the same day. */
  endsAt: Scalars['DateTime']['input'];
  /** What it is for, 1–200 characters. */
  purpose: Scalars['String']['input'];
  /** Start (inside the room's opening hours). */
  startsAt: Scalars['DateTime']['input'];
  /** The room. */
  venueId: Scalars['ID']['input'];
};

/** A booking of a functional room; bookings of one room never overlap (held in 15-minute slots). 场地预约 */
export type Booking = {
  __typename?: 'Booking';
  /** The activity it is for, if any. */
  activity?: Maybe<Activity>;
  /** Who booked it and when. */
  booked: ActorStamp;
  /** When someone checked into the room. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Stable id of the booking. */
  id: Scalars['ID']['output'];
  /** What it is for. */
  purpose: Scalars['String']['output'];
  /** Why it stopped holding the room: NO_CHECK_IN, CANCELLED, ACTIVITY_CANCELLED. */
  releaseReason?: Maybe<Scalars['String']['output']>;
  /** When it stopped holding the room. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is in its life. */
  status: BookingStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** The room. */
  venue: Venue;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** Where a room booking is in its life. 预约状态 */
export type BookingStatus =
  /** 已预约 — holds the room */
  | 'BOOKED'
  /** 已取消 — cancelled (or its activity was) */
  | 'CANCELLED'
  /** 使用中 — checked into: someone is in the room */
  | 'IN_USE'
  /** 已释放 — released: nobody checked in within the release time after its start */
  | 'RELEASED';

/** The closing report. */
export type CloseActivityInput = {
  /** Materials (replace the current list). */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Further attending organisations (the attending enterprises come from check-ins), at most 50. */
  otherOrganisations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Outcomes, at most 20. */
  outcomes?: InputMaybe<Array<ReportOutcomeInput>>;
  /** Photos, at most 100. */
  photos?: InputMaybe<Array<ActivityPhotoInput>>;
  /** Summary, 1–2000 characters. */
  summary: Scalars['String']['input'];
};

/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReport = {
  __typename?: 'ClosingReport';
  /** People who attended (checked in). */
  attendeeCount: Scalars['Int']['output'];
  /** Enterprises whose people attended (ENTERPRISE users: only their own). */
  attendingEnterprises: Array<Enterprise>;
  /** Who closed it. */
  closed: ActorStamp;
  /** When it was closed (the server's clock). */
  closedAt: Scalars['DateTime']['output'];
  /** Further attending organisations named by the organiser. */
  otherOrganisations: Array<Scalars['String']['output']>;
  /** Outcomes, each with the record it created in the enterprises subgraph (an outcome is a record of the enterprise it concerns: ENTERPRISE users see only their own enterprise's). */
  outcomes: Array<ReportOutcome>;
  /** Photos. */
  photos: Array<ActivityPhoto>;
  /** Summary. */
  summary: Scalars['String']['output'];
};


/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReportattendingEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReportoutcomesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Party-building activities people of this enterprise attended (checked in), newest first; registrations alone, no-shows and cancelled activities do not count. */
  activitiesAttended: Array<Activity>;
  /** Activities people of this enterprise attended in the last `months` months up to now (the server's clock); alliance members with 0 are idle: ask enterprises(filter: { allianceMember: true }) for it. */
  activitiesAttendedInLastMonths: Scalars['Int']['output'];
  /** The most recent registrations of this enterprise's people, newest first. */
  activityRegistrations: Array<Registration>;
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
  /** Start of the latest activity people of this enterprise attended; null if none. */
  lastActivityAttendedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivitiesAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivitiesAttendedInLastMonthsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivityRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Participation of one enterprise's people in the activities matching the filter. */
export type EnterpriseParticipation = {
  __typename?: 'EnterpriseParticipation';
  /** People who attended. */
  attended: Scalars['Int']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
  /** Start of the latest activity its people attended. */
  lastAttendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** People who did not come. */
  noShows: Scalars['Int']['output'];
  /** Registrations that held a seat at a closed activity (attended + no-shows). */
  registered: Scalars['Int']['output'];
};

/** Registrations of one enterprise's people. */
export type EnterpriseRegistrationCount = {
  __typename?: 'EnterpriseRegistrationCount';
  /** Confirmed registrations. */
  count: Scalars['Int']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
};

/** One attendee's feedback on a closed activity. 活动反馈 */
export type Feedback = {
  __typename?: 'Feedback';
  /** The activity. */
  activity?: Maybe<Activity>;
  /** Free-text comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Who left it and when. */
  created: ActorStamp;
  /** The enterprise of the attendee. */
  enterprise: Enterprise;
  /** Stable id of the feedback. */
  id: Scalars['ID']['output'];
  /** Rating from 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  /** The attendee's registration. */
  registration?: Maybe<Registration>;
};

/** Feedback figures of one group of activities. */
export type FeedbackFigures = {
  __typename?: 'FeedbackFigures';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
};

/** Feedback on activities of one kind. */
export type KindFeedback = {
  __typename?: 'KindFeedback';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
};

/** One attendee's feedback on a closed activity. */
export type LeaveFeedbackInput = {
  /**
   * Ignored: the registration names the activity.
   * @deprecated Feedback is per attendee: give registrationId.
   */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Comment, up to 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /**
   * Ignored: the registration names the enterprise.
   * @deprecated Feedback is per attendee: give registrationId.
   */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Rating 1–5. */
  rating: Scalars['Int']['input'];
  /** The attendee's registration (ATTENDED; ENTERPRISE users: their own people's). */
  registrationId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Accepts an offered seat before the offer expires (OFFERED → CONFIRMED). ADMIN, POLICE or ENTERPRISE (own). */
  acceptOffer: Registration;
  /** Books a room; CONFLICT when any part of the time is taken. ADMIN or POLICE. */
  bookVenue: Booking;
  /** Cancels the activity with its reason (from any state before it closes): its registrations are cancelled and its room booking released. ADMIN or POLICE. */
  cancelActivity: Activity;
  /** Cancels a booking that is not an activity's. ADMIN or POLICE. */
  cancelBooking: Booking;
  /** Cancels a registration or declines an offered seat; a freed seat is offered to the first waitlisted person. ADMIN, POLICE or ENTERPRISE (own). */
  cancelRegistration: Registration;
  /** Checks a confirmed person in (CONFIRMED → ATTENDED), only from the check-in opening before the start until the end. ADMIN or POLICE. */
  checkIn: Registration;
  /** Checks into a booked room (from the check-in opening before its start until its end); an unused booking is released. ADMIN or POLICE. */
  checkInBooking: Booking;
  /** Checks a person in with their one-time code (the QR they show): the code of a confirmed registration of this activity, once, inside the check-in window. ADMIN, POLICE or ENTERPRISE (own people). */
  checkInWithCode: Registration;
  /** Closes an ongoing activity with its closing report (ONGOING → COMPLETED): no-shows are marked, and each need or risk becomes a service need or risk alert in the enterprises subgraph through the gateway. ADMIN or POLICE. */
  closeActivity: Activity;
  /** Closes registration before the start (OPEN_FOR_REGISTRATION → REGISTRATION_CLOSED). ADMIN or POLICE. */
  closeRegistration: Activity;
  /**
   * Closes the activity with a summary only (ONGOING → COMPLETED); closeActivity takes the whole closing report. ADMIN or POLICE.
   * @deprecated Use closeActivity, which takes the closing report.
   */
  completeActivity: Activity;
  /** Leaves one attendee's feedback (1–5 and a comment) on a closed activity, once per attendee. ADMIN, POLICE or ENTERPRISE (own people). */
  leaveFeedback: Feedback;
  /** Opens registration (PUBLISHED or REGISTRATION_CLOSED → OPEN_FOR_REGISTRATION; from PLANNED it publishes in the same step). ADMIN or POLICE. */
  openRegistration: Activity;
  /** Plans a new activity (PLANNED: the draft), booking its room for its time (CONFLICT when taken). ADMIN or POLICE. */
  planActivity: Activity;
  /** Publishes a draft (PLANNED → PUBLISHED). ADMIN or POLICE. */
  publishActivity: Activity;
  /** Registers a person inside the registration window: CONFIRMED while seats are left, WAITLISTED when full; the same person twice is CONFLICT. ADMIN, POLICE or ENTERPRISE (own people). */
  register: Registration;
  /** Tries again now to create the pending outcomes of an activity (the scheduled job does it every minute). ADMIN. */
  retryActivityOutcomes: Activity;
  /** Starts the activity (OPEN_FOR_REGISTRATION or REGISTRATION_CLOSED → ONGOING); its room is in use. ADMIN or POLICE. */
  startActivity: Activity;
  /** Changes title, description, materials or capacity before the start. ADMIN or POLICE. */
  updateActivity: Activity;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptOfferArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationbookVenueArgs = {
  input: BookVenueInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelBookingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcheckInArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcheckInBookingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcheckInWithCodeArgs = {
  activityId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CloseActivityInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcompleteActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationleaveFeedbackArgs = {
  input: LeaveFeedbackInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationopenRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationplanActivityArgs = {
  input: PlanActivityInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationpublishActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterArgs = {
  input: RegisterInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationretryActivityOutcomesArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationstartActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationupdateActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};

/** When a room is open (China Standard Time). 开放时间 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time, HH:MM. */
  closes: Scalars['String']['output'];
  /** Opening time, HH:MM. */
  opens: Scalars['String']['output'];
  /** Days it is open: 1 (Monday) … 7 (Sunday). */
  weekdays: Array<Scalars['Int']['output']>;
};

/** Feedback on activities of one organiser kind. */
export type OrganiserFeedback = {
  __typename?: 'OrganiserFeedback';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
  /** The organiser kind. */
  organiserKind: OrganiserKind;
  /** Chinese label of the organiser kind. */
  organiserKindLabel: Scalars['String']['output'];
};

/** Who organises an activity. 主办方 */
export type OrganiserKind =
  /** 警企党建红盟 — the police–enterprise party-building alliance */
  | 'ALLIANCE'
  /** 成员单位党组织 — a member enterprise's party organisation */
  | 'PARTY_ORGANISATION'
  /** 万象警务工作站 — the Wanxiang police workstation */
  | 'WORKSTATION';

/** Number of activities of one organiser kind. */
export type OrganiserKindCount = {
  __typename?: 'OrganiserKindCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The organiser kind. */
  organiserKind: OrganiserKind;
  /** Chinese label of the organiser kind. */
  organiserKindLabel: Scalars['String']['output'];
};

/** Whether an outcome's record in the enterprises subgraph exists yet. 同步状态 */
export type OutcomeDeliveryState =
  /** 已创建 — created; its id is recorded */
  | 'CREATED'
  /** 无需创建 — a note: nothing to create */
  | 'NOT_APPLICABLE'
  /** 待创建 — not created yet: the gateway or the enterprises subgraph did not answer; retried by a scheduled job */
  | 'PENDING';

/** What an outcome of an activity is. 成效类型 */
export type OutcomeKind =
  /** 提出需求 — a need raised: becomes a service need of the enterprise (enterprises subgraph) */
  | 'NEED_RAISED'
  /** 其他成效 — any other outcome, recorded in the report only */
  | 'NOTE'
  /** 发现风险 — a risk found: becomes a risk alert on the enterprise (enterprises subgraph) */
  | 'RISK_FOUND';

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

/** A new activity. */
export type PlanActivityInput = {
  /** An outside address, up to 200 characters; give this or venueId. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Seats, 1–500 and at most the room's seats. */
  capacity: Scalars['Int']['input'];
  /** Co-organising enterprises, at most 20. */
  coOrganiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Materials. */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** The member enterprise whose party organisation organises it (required with PARTY_ORGANISATION). */
  organiserEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Who organises it (default WORKSTATION). */
  organiserKind?: InputMaybe<OrganiserKind>;
  /** Organising officer id (defaults to the caller's officerId). */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** When registration closes (default and latest: the start). */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens (default: when it is opened). */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Start (inside the room's opening hours). */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** A functional room (booked for the activity's time); give this or address. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficer = {
  __typename?: 'PoliceOfficer';
  /** Stable id of the officer. */
  id: Scalars['ID']['output'];
};

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** Activities, filtered and sorted (default: newest start first). */
  activities: ActivityConnection;
  /** One activity by id. */
  activity?: Maybe<Activity>;
  /** Statistics of the activities matching the filter. */
  activityStatistics: ActivityStatistics;
  /** One registration by id; null when unknown, or for ENTERPRISE users when it belongs to another enterprise. */
  registration?: Maybe<Registration>;
  /** Registrations, filtered (ENTERPRISE users see only their own enterprise's). */
  registrations: RegistrationConnection;
  /** One venue by id. */
  venue?: Maybe<Venue>;
  /** The functional rooms, ordered by name. */
  venues: Array<Venue>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ActivitySort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivityArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivityStatisticsArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RegistrationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvenueArgs = {
  id: Scalars['ID']['input'];
};

/** A person to register. */
export type RegisterInput = {
  /** The activity, which must be open for registration. */
  activityId: Scalars['ID']['input'];
  /** The enterprise the person comes from (ENTERPRISE users: their own). */
  enterpriseId: Scalars['ID']['input'];
  /** Person's name, 1–50 characters. */
  personName: Scalars['String']['input'];
  /** Person's mainland mobile number. */
  personPhone?: InputMaybe<Scalars['String']['input']>;
};

/** One person of an enterprise registered for an activity. 活动报名 */
export type Registration = {
  __typename?: 'Registration';
  /** The activity. */
  activity?: Maybe<Activity>;
  /** Whether the person attended (checked in). */
  attended: Scalars['Boolean']['output'];
  /** The one-time self check-in code (the QR payload): only officers and the person's own enterprise see it; null otherwise. */
  checkInCode?: Maybe<Scalars['String']['output']>;
  /** Whether the check-in code was used. */
  checkInCodeUsed: Scalars['Boolean']['output'];
  /** When the person checked in at the activity, if they did (the server's clock). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The enterprise the person comes from. */
  enterprise: Enterprise;
  /** Stable id of the registration. */
  id: Scalars['ID']['output'];
  /** When an offer lapsed unanswered. */
  offerExpiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** OFFERED: until when the seat is held for the person. */
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** OFFERED: when the seat was offered. */
  offeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the person (personal information: masked unless the caller's role needs it). */
  personName: Scalars['String']['output'];
  /** Mobile phone of the person (personal information: masked unless the caller's role needs it). */
  personPhone?: Maybe<Scalars['String']['output']>;
  /** Who registered the person. */
  registered: ActorStamp;
  /** When the person registered (the server's clock). */
  registeredAt: Scalars['DateTime']['output'];
  /** State of the registration. */
  status: RegistrationStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A page of registrations. */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** Items on this page. */
  edges: Array<RegistrationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of registrations matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One registration in a list page. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: Registration;
};

/** Which registrations to list. */
export type RegistrationFilter = {
  /** Only for this activity. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only people who attended (true) or did not (false). */
  attended?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only from this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only in these states. */
  statuses?: InputMaybe<Array<RegistrationStatus>>;
};

/** Order of a registration list. */
export type RegistrationSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: RegistrationSortField;
};

/** Fields registrations can be sorted by. */
export type RegistrationSortField =
  /** 报名时间 — registration time */
  | 'REGISTERED_AT';

/** State of one person's registration. 报名状态 */
export type RegistrationStatus =
  /** 已签到 — attended (checked in) */
  | 'ATTENDED'
  /** 已取消 — cancelled (or an offer lapsed, or the activity was cancelled) */
  | 'CANCELLED'
  /** 已报名 — registered, holds a seat */
  | 'CONFIRMED'
  /** 未到场 — no-show: held a seat and did not check in (set when the activity closes) */
  | 'NO_SHOW'
  /** 候补递补待确认 — offered a freed seat, to accept before the offer expires (else it goes to the next) */
  | 'OFFERED'
  /** 候补 — on the waitlist; offered a freed seat in order */
  | 'WAITLISTED';

/** One outcome of an activity, and the record it created in the enterprises subgraph. 活动成效 */
export type ReportOutcome = {
  __typename?: 'ReportOutcome';
  /** Attempts to create it so far. */
  attempts: Scalars['Int']['output'];
  /** Whether its record in the enterprises subgraph exists yet. */
  deliveryState: OutcomeDeliveryState;
  /** What was raised or found. */
  description: Scalars['String']['output'];
  /** A need's due date, YYYY-MM-DD. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** The enterprise concerned. */
  enterprise?: Maybe<Enterprise>;
  /** Stable id of the outcome. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: OutcomeKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** The last failure's code (e.g. UNAVAILABLE, HTTP:503, GRAPHQL:FORBIDDEN), null after success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** A need's category (enterprises' ServiceNeedCategory). */
  needCategory?: Maybe<Scalars['String']['output']>;
  /** Id of the created service need or risk alert. */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** The risk alert it created (RISK_FOUND, once created), resolved by the enterprises subgraph. */
  riskAlert?: Maybe<RiskAlert>;
  /** A risk's type (enterprises' RiskAlertType). */
  riskType?: Maybe<Scalars['String']['output']>;
  /** The service need it created (NEED_RAISED, once created), resolved by the enterprises subgraph. */
  serviceNeed?: Maybe<ServiceNeed>;
  /** A risk's severity (enterprises' RiskSeverity). */
  severity?: Maybe<Scalars['String']['output']>;
};

/** One outcome to report. */
export type ReportOutcomeInput = {
  /** What was raised or found, 1–2000 characters. */
  description: Scalars['String']['input'];
  /** NEED_RAISED: due date, YYYY-MM-DD. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The enterprise concerned (required for NEED_RAISED and RISK_FOUND). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is. */
  kind: OutcomeKind;
  /** NEED_RAISED: SECURITY, LEGAL, APPROVAL, STAFFING, POLICY or OTHER. */
  needCategory?: InputMaybe<Scalars['String']['input']>;
  /** RISK_FOUND: COUNTERPARTY_LITIGATION, FRAUD, SAFETY, IP_INFRINGEMENT, NOMINEE_HOLDING or OTHER. */
  riskType?: InputMaybe<Scalars['String']['input']>;
  /** RISK_FOUND: LOW, MEDIUM, HIGH or CRITICAL. */
  severity?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A risk alert from operating-environment monitoring 企业运营环境监测, or one another department's record
 * raised (e.g. a warning given during an activity). An entity: other subgraphs refer to it by id.
 */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  /** Stable id of the alert. */
  id: Scalars['ID']['output'];
};

/**
 * A service need 服务需求 an enterprise told the police about, or one another department's record raised
 * (an activity's outcome). An entity: other subgraphs refer to it by id.
 */
export type ServiceNeed = {
  __typename?: 'ServiceNeed';
  /** Stable id of the need. */
  id: Scalars['ID']['output'];
};

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** Changes to an activity that has not started; omitted fields stay as they are. */
export type UpdateActivityInput = {
  /** Seats, 1–500, at most the room's seats and not below the seats already taken; more seats are offered to the waitlist first. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Materials (replace the current list). */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A functional room of the party-building home at the 万象警务工作站. 活动阵地 */
export type Venue = {
  __typename?: 'Venue';
  /** Bookings of the room starting in [from, before), by start (released and cancelled ones included). */
  bookings: Array<Booking>;
  /** Equipment in the room. */
  equipment: Array<Scalars['String']['output']>;
  /** Stable id of the venue. */
  id: Scalars['ID']['output'];
  /** Where the room is. */
  location?: Maybe<Scalars['String']['output']>;
  /** Name, e.g. 警企议事室. */
  name: Scalars['String']['output'];
  /** Opening hours; bookings must lie inside them. */
  openingHours: OpeningHours;
  /** What the room is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Seats in the room: an activity held there has at most this capacity. */
  seats: Scalars['Int']['output'];
};


/** A functional room of the party-building home at the 万象警务工作站. 活动阵地 */
export type VenuebookingsArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How much one room was booked in one ISO week (China Standard Time). */
export type VenueWeekUtilisation = {
  __typename?: 'VenueWeekUtilisation';
  /** Minutes booked. */
  bookedMinutes: Scalars['Int']['output'];
  /** Bookings that held the room (booked, in use; released and cancelled ones not). */
  bookings: Scalars['Int']['output'];
  /** Minutes the room is open in a week. */
  openMinutes: Scalars['Int']['output'];
  /** bookedMinutes / openMinutes. */
  rate: Scalars['Float']['output'];
  /** The room. */
  venue: Venue;
  /** ISO week, e.g. 2023-W32. */
  week: Scalars['String']['output'];
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
  Activity: Activity;
  Enterprise: Enterprise;
  Registration: Registration;
  Venue: Venue;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Registration:
    ( { __typename: 'Registration' }
    & GraphQLRecursivePick<FederationTypes['Registration'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionMapper>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityKind: ResolverTypeWrapper<'TRAINING' | 'SYMPOSIUM' | 'THEMATIC_STUDY' | 'UNIFIED_ACTIVITY_DAY' | 'THEMED_PARTY_DAY' | 'ONE_TO_ONE_CONSULTATION'>;
  ActivityKindCount: ResolverTypeWrapper<Omit<ActivityKindCount, 'kind'> & { kind: ResolversTypes['ActivityKind'] }>;
  ActivityMaterial: ResolverTypeWrapper<ActivityMaterial>;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ResolverTypeWrapper<ActivityOutcome>;
  ActivityPhoto: ResolverTypeWrapper<ActivityPhoto>;
  ActivityPhotoInput: ActivityPhotoInput;
  ActivitySort: ActivitySort;
  ActivitySortField: ResolverTypeWrapper<'STARTS_AT' | 'TITLE' | 'CAPACITY'>;
  ActivityStatistics: ResolverTypeWrapper<ActivityStatisticsMapper>;
  ActivityStatus: ResolverTypeWrapper<'PLANNED' | 'PUBLISHED' | 'OPEN_FOR_REGISTRATION' | 'REGISTRATION_CLOSED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED'>;
  ActivityStatusCount: ResolverTypeWrapper<Omit<ActivityStatusCount, 'status'> & { status: ResolversTypes['ActivityStatus'] }>;
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  BookVenueInput: BookVenueInput;
  Booking: ResolverTypeWrapper<BookingMapper>;
  BookingStatus: ResolverTypeWrapper<'BOOKED' | 'IN_USE' | 'RELEASED' | 'CANCELLED'>;
  CloseActivityInput: CloseActivityInput;
  ClosingReport: ResolverTypeWrapper<ClosingReportMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  EnterpriseParticipation: ResolverTypeWrapper<EnterpriseParticipationMapper>;
  EnterpriseRegistrationCount: ResolverTypeWrapper<EnterpriseRegistrationCountMapper>;
  Feedback: ResolverTypeWrapper<FeedbackMapper>;
  FeedbackFigures: ResolverTypeWrapper<FeedbackFigures>;
  KindFeedback: ResolverTypeWrapper<Omit<KindFeedback, 'kind'> & { kind: ResolversTypes['ActivityKind'] }>;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OrganiserFeedback: ResolverTypeWrapper<Omit<OrganiserFeedback, 'organiserKind'> & { organiserKind: ResolversTypes['OrganiserKind'] }>;
  OrganiserKind: ResolverTypeWrapper<'ALLIANCE' | 'WORKSTATION' | 'PARTY_ORGANISATION'>;
  OrganiserKindCount: ResolverTypeWrapper<Omit<OrganiserKindCount, 'organiserKind'> & { organiserKind: ResolversTypes['OrganiserKind'] }>;
  OutcomeDeliveryState: ResolverTypeWrapper<'PENDING' | 'CREATED' | 'NOT_APPLICABLE'>;
  OutcomeKind: ResolverTypeWrapper<'NEED_RAISED' | 'RISK_FOUND' | 'NOTE'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Registration: ResolverTypeWrapper<RegistrationMapper>;
  RegistrationConnection: ResolverTypeWrapper<RegistrationConnectionMapper>;
  RegistrationEdge: ResolverTypeWrapper<Omit<RegistrationEdge, 'node'> & { node: ResolversTypes['Registration'] }>;
  RegistrationFilter: RegistrationFilter;
  RegistrationSort: RegistrationSort;
  RegistrationSortField: ResolverTypeWrapper<'REGISTERED_AT'>;
  RegistrationStatus: ResolverTypeWrapper<'CONFIRMED' | 'WAITLISTED' | 'OFFERED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW'>;
  ReportOutcome: ResolverTypeWrapper<ReportOutcomeMapper>;
  ReportOutcomeInput: ReportOutcomeInput;
  RiskAlert: ResolverTypeWrapper<RiskAlert>;
  ServiceNeed: ResolverTypeWrapper<ServiceNeed>;
  SortDirection: SortDirection;
  UpdateActivityInput: UpdateActivityInput;
  Venue: ResolverTypeWrapper<VenueMapper>;
  VenueWeekUtilisation: ResolverTypeWrapper<Omit<VenueWeekUtilisation, 'venue'> & { venue: ResolversTypes['Venue'] }>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityMapper;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ActivityConnection: ActivityConnectionMapper;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityKindCount: ActivityKindCount;
  ActivityMaterial: ActivityMaterial;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ActivityOutcome;
  ActivityPhoto: ActivityPhoto;
  ActivityPhotoInput: ActivityPhotoInput;
  ActivitySort: ActivitySort;
  ActivityStatistics: ActivityStatisticsMapper;
  ActivityStatusCount: ActivityStatusCount;
  ActorStamp: ActorStamp;
  BookVenueInput: BookVenueInput;
  Booking: BookingMapper;
  CloseActivityInput: CloseActivityInput;
  ClosingReport: ClosingReportMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enterprise: EnterpriseMapper;
  EnterpriseParticipation: EnterpriseParticipationMapper;
  EnterpriseRegistrationCount: EnterpriseRegistrationCountMapper;
  Feedback: FeedbackMapper;
  FeedbackFigures: FeedbackFigures;
  KindFeedback: KindFeedback;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  OpeningHours: OpeningHours;
  OrganiserFeedback: OrganiserFeedback;
  OrganiserKindCount: OrganiserKindCount;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: PoliceOfficer;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  Registration: RegistrationMapper;
  RegistrationConnection: RegistrationConnectionMapper;
  RegistrationEdge: Omit<RegistrationEdge, 'node'> & { node: ResolversParentTypes['Registration'] };
  RegistrationFilter: RegistrationFilter;
  RegistrationSort: RegistrationSort;
  ReportOutcome: ReportOutcomeMapper;
  ReportOutcomeInput: ReportOutcomeInput;
  RiskAlert: RiskAlert;
  ServiceNeed: ServiceNeed;
  UpdateActivityInput: UpdateActivityInput;
  Venue: VenueMapper;
  VenueWeekUtilisation: Omit<VenueWeekUtilisation, 'venue'> & { venue: ResolversParentTypes['Venue'] };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkInOpensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  coOrganisers?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<ActivitycoOrganisersArgs, 'first'>>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<ActivityfeedbackArgs, 'first'>>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ActivityMaterial']>, ParentType, ContextType>;
  noShowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organiserEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ActivityOutcome']>, ParentType, ContextType>;
  registrationClosesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationOpensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, Partial<ActivityregistrationsArgs>>;
  report?: Resolver<Maybe<ResolversTypes['ClosingReport']>, ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityKindResolvers = EnumResolverSignature<{ ONE_TO_ONE_CONSULTATION?: any, SYMPOSIUM?: any, THEMATIC_STUDY?: any, THEMED_PARTY_DAY?: any, TRAINING?: any, UNIFIED_ACTIVITY_DAY?: any }, ResolversTypes['ActivityKind']>;

export type ActivityKindCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityKindCount'] = ResolversParentTypes['ActivityKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityMaterialResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityMaterial'] = ResolversParentTypes['ActivityMaterial']> = ResolversObject<{
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityOutcomeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityOutcome'] = ResolversParentTypes['ActivityOutcome']> = ResolversObject<{
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityPhotoResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityPhoto'] = ResolversParentTypes['ActivityPhoto']> = ResolversObject<{
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  takenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivitySortFieldResolvers = EnumResolverSignature<{ CAPACITY?: any, STARTS_AT?: any, TITLE?: any }, ResolversTypes['ActivitySortField']>;

export type ActivityStatisticsResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatistics'] = ResolversParentTypes['ActivityStatistics']> = ResolversObject<{
  attendanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['ActivityKindCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byOrganiser?: Resolver<Array<ResolversTypes['OrganiserKindCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ActivityStatusCount']>, ParentType, ContextType>;
  completedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['FeedbackFigures'], ParentType, ContextType>;
  feedbackByKind?: Resolver<Array<ResolversTypes['KindFeedback']>, ParentType, ContextType>;
  feedbackByOrganiser?: Resolver<Array<ResolversTypes['OrganiserFeedback']>, ParentType, ContextType>;
  noShowRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['EnterpriseParticipation']>, ParentType, ContextType, RequireFields<ActivityStatisticsparticipationArgs, 'first'>>;
  topEnterprises?: Resolver<Array<ResolversTypes['EnterpriseRegistrationCount']>, ParentType, ContextType, RequireFields<ActivityStatisticstopEnterprisesArgs, 'first'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venueUtilisation?: Resolver<Array<ResolversTypes['VenueWeekUtilisation']>, ParentType, ContextType, Partial<ActivityStatisticsvenueUtilisationArgs>>;
}>;

export type ActivityStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, COMPLETED?: any, ONGOING?: any, OPEN_FOR_REGISTRATION?: any, PLANNED?: any, PUBLISHED?: any, REGISTRATION_CLOSED?: any }, ResolversTypes['ActivityStatus']>;

export type ActivityStatusCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatusCount'] = ResolversParentTypes['ActivityStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActorStampResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BookingResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  booked?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BookingStatusResolvers = EnumResolverSignature<{ BOOKED?: any, CANCELLED?: any, IN_USE?: any, RELEASED?: any }, ResolversTypes['BookingStatus']>;

export type ClosingReportResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ClosingReport'] = ResolversParentTypes['ClosingReport']> = ResolversObject<{
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendingEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<ClosingReportattendingEnterprisesArgs, 'first'>>;
  closed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  otherOrganisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ReportOutcome']>, ParentType, ContextType, RequireFields<ClosingReportoutcomesArgs, 'first'>>;
  photos?: Resolver<Array<ResolversTypes['ActivityPhoto']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnterpriseResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activitiesAttended?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<EnterpriseactivitiesAttendedArgs, 'first'>>;
  activitiesAttendedInLastMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<EnterpriseactivitiesAttendedInLastMonthsArgs, 'months'>>;
  activityRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<EnterpriseactivityRegistrationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAttendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type EnterpriseParticipationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['EnterpriseParticipation'] = ResolversParentTypes['EnterpriseParticipation']> = ResolversObject<{
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  lastAttendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseRegistrationCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['EnterpriseRegistrationCount'] = ResolversParentTypes['EnterpriseRegistrationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type FeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
}>;

export type FeedbackFiguresResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['FeedbackFigures'] = ResolversParentTypes['FeedbackFigures']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindFeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['KindFeedback'] = ResolversParentTypes['KindFeedback']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptOffer?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationacceptOfferArgs, 'expectedVersion' | 'id'>>;
  bookVenue?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationbookVenueArgs, 'input'>>;
  cancelActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcancelActivityArgs, 'expectedVersion' | 'id' | 'reason'>>;
  cancelBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationcancelBookingArgs, 'expectedVersion' | 'id'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcancelRegistrationArgs, 'expectedVersion' | 'id'>>;
  checkIn?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcheckInArgs, 'expectedVersion' | 'id'>>;
  checkInBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationcheckInBookingArgs, 'expectedVersion' | 'id'>>;
  checkInWithCode?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcheckInWithCodeArgs, 'activityId' | 'code'>>;
  closeActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcloseActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
  closeRegistration?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcloseRegistrationArgs, 'expectedVersion' | 'id'>>;
  completeActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcompleteActivityArgs, 'expectedVersion' | 'id' | 'outcome'>>;
  leaveFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationleaveFeedbackArgs, 'input'>>;
  openRegistration?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationopenRegistrationArgs, 'expectedVersion' | 'id'>>;
  planActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationplanActivityArgs, 'input'>>;
  publishActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationpublishActivityArgs, 'expectedVersion' | 'id'>>;
  register?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationregisterArgs, 'input'>>;
  retryActivityOutcomes?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationretryActivityOutcomesArgs, 'id'>>;
  startActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationstartActivityArgs, 'expectedVersion' | 'id'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationupdateActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type OpeningHoursResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type OrganiserFeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OrganiserFeedback'] = ResolversParentTypes['OrganiserFeedback']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganiserKindResolvers = EnumResolverSignature<{ ALLIANCE?: any, PARTY_ORGANISATION?: any, WORKSTATION?: any }, ResolversTypes['OrganiserKind']>;

export type OrganiserKindCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OrganiserKindCount'] = ResolversParentTypes['OrganiserKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OutcomeDeliveryStateResolvers = EnumResolverSignature<{ CREATED?: any, NOT_APPLICABLE?: any, PENDING?: any }, ResolversTypes['OutcomeDeliveryState']>;

export type OutcomeKindResolvers = EnumResolverSignature<{ NEED_RAISED?: any, NOTE?: any, RISK_FOUND?: any }, ResolversTypes['OutcomeKind']>;

export type PageInfoResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PiiAuditRecordResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
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

export type PiiAuditRecordConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type PoliceOfficerResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryactivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryactivityArgs, 'id'>>;
  activityStatistics?: Resolver<ResolversTypes['ActivityStatistics'], ParentType, ContextType, Partial<QueryactivityStatisticsArgs>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryregistrationArgs, 'id'>>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, Partial<QueryregistrationsArgs>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryvenueArgs, 'id'>>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type RegistrationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkInCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInCodeUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerExpiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationEdge'] = ResolversParentTypes['RegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
}>;

export type RegistrationSortFieldResolvers = EnumResolverSignature<{ REGISTERED_AT?: any }, ResolversTypes['RegistrationSortField']>;

export type RegistrationStatusResolvers = EnumResolverSignature<{ ATTENDED?: any, CANCELLED?: any, CONFIRMED?: any, NO_SHOW?: any, OFFERED?: any, WAITLISTED?: any }, ResolversTypes['RegistrationStatus']>;

export type ReportOutcomeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ReportOutcome'] = ResolversParentTypes['ReportOutcome']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryState?: Resolver<ResolversTypes['OutcomeDeliveryState'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  riskAlert?: Resolver<Maybe<ResolversTypes['RiskAlert']>, ParentType, ContextType>;
  riskType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceNeed?: Resolver<Maybe<ResolversTypes['ServiceNeed']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RiskAlertResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RiskAlert'] = ResolversParentTypes['RiskAlert']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceNeedResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ServiceNeed'] = ResolversParentTypes['ServiceNeed']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<VenuebookingsArgs, 'first'>>;
  equipment?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['OpeningHours'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VenueWeekUtilisationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['VenueWeekUtilisation'] = ResolversParentTypes['VenueWeekUtilisation']> = ResolversObject<{
  bookedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ActivitiesContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityKind?: ActivityKindResolvers;
  ActivityKindCount?: ActivityKindCountResolvers<ContextType>;
  ActivityMaterial?: ActivityMaterialResolvers<ContextType>;
  ActivityOutcome?: ActivityOutcomeResolvers<ContextType>;
  ActivityPhoto?: ActivityPhotoResolvers<ContextType>;
  ActivitySortField?: ActivitySortFieldResolvers;
  ActivityStatistics?: ActivityStatisticsResolvers<ContextType>;
  ActivityStatus?: ActivityStatusResolvers;
  ActivityStatusCount?: ActivityStatusCountResolvers<ContextType>;
  ActorStamp?: ActorStampResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingStatus?: BookingStatusResolvers;
  ClosingReport?: ClosingReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseParticipation?: EnterpriseParticipationResolvers<ContextType>;
  EnterpriseRegistrationCount?: EnterpriseRegistrationCountResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackFigures?: FeedbackFiguresResolvers<ContextType>;
  KindFeedback?: KindFeedbackResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  OrganiserFeedback?: OrganiserFeedbackResolvers<ContextType>;
  OrganiserKind?: OrganiserKindResolvers;
  OrganiserKindCount?: OrganiserKindCountResolvers<ContextType>;
  OutcomeDeliveryState?: OutcomeDeliveryStateResolvers;
  OutcomeKind?: OutcomeKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  RegistrationEdge?: RegistrationEdgeResolvers<ContextType>;
  RegistrationSortField?: RegistrationSortFieldResolvers;
  RegistrationStatus?: RegistrationStatusResolvers;
  ReportOutcome?: ReportOutcomeResolvers<ContextType>;
  RiskAlert?: RiskAlertResolvers<ContextType>;
  ServiceNeed?: ServiceNeedResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueWeekUtilisation?: VenueWeekUtilisationResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = ActivitiesContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
