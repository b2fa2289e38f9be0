import { referenceId } from '@pecg/common';
import { pageSize } from '@pecg/common';
import { settings } from '../../../domain/clock';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, ORGANISER_KIND_LABELS } from '../../../labels';
import { visibleEnterpriseRefs } from '../../../services/enterprise-records';
import { listRegistrations } from '../../../services/lists';
import type { ActivityResolvers } from '../../types.generated';

export const Activity: ActivityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.activityById.load(referenceId(reference)),
  id: (activity) => activity._id.toHexString(),
  kindLabel: (activity) => ACTIVITY_KIND_LABELS[activity.kind],
  statusLabel: (activity) => ACTIVITY_STATUS_LABELS[activity.status],
  venue: (activity, _a, { loaders }) => (activity.venueId ? loaders.venueById.load(activity.venueId.toHexString()) : null),
  booking: (activity, _a, { loaders }) => (activity.bookingId ? loaders.bookingById.load(activity.bookingId.toHexString()) : null),
  organizer: (activity) => (activity.organizerId ? { id: activity.organizerId.toHexString() } : null),
  organiserKind: (activity) => activity.organiserKind ?? 'WORKSTATION',
  organiserKindLabel: (activity) => ORGANISER_KIND_LABELS[activity.organiserKind ?? 'WORKSTATION'],
  organiserEnterprise: (activity) => visibleEnterpriseRefs(activity.organiserEnterpriseId ? [activity.organiserEnterpriseId] : [])[0] ?? null,
  coOrganisers: (activity, { first }) => visibleEnterpriseRefs(activity.coOrganiserIds).slice(0, pageSize(first)),
  registrationClosesAt: (activity) => activity.registrationClosesAt ?? activity.startsAt,
  checkInOpensAt: (activity) => new Date(activity.startsAt.getTime() - settings.checkInOpensMinutes * 60_000),
  noShowCount: (activity) => activity.noShowCount ?? 0,
  materials: (activity) => activity.materials ?? [],
  outcome: (activity, _a, { pii }) =>
    activity.outcome
      ? { ...activity.outcome, recorded: pii.revealStamp(activity.outcome.recorded, activity._id.toHexString(), 'Activity.outcome.recorded') }
      : null,
  report: (activity) => (activity.report ? { ...activity.report, activityId: activity._id } : null),
  /** Only the registrations the caller may see (READ_POLICY: an ENTERPRISE caller's own enterprise's). */
  registrations: (activity, args, ctx) => listRegistrations(ctx, args, activity._id),
  /** Only the feedback the caller may see (READ_POLICY), newest first. */
  feedback: (activity, { first }, { loaders }) => loaders.latestFeedbackByActivity.load(activity._id.toHexString(), pageSize(first)),
  averageRating: (activity) => (activity.ratingCount ? activity.ratingSum / activity.ratingCount : null),
  feedbackCount: (activity) => activity.ratingCount ?? 0,
  created: (activity, _a, { pii }) => pii.revealStamp(activity.created, activity._id.toHexString(), 'Activity.created'),
  updated: (activity, _a, { pii }) => pii.revealStamp(activity.updated, activity._id.toHexString(), 'Activity.updated'),
};
