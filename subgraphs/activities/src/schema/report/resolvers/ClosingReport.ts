import { pageSize } from '@pecg/common';
import { visibleOutcomes } from '../../../services/closing';
import { visibleEnterpriseRefs } from '../../../services/enterprise-records';
import type { ClosingReportResolvers } from '../../types.generated';

export const ClosingReport: ClosingReportResolvers = {
  attendingEnterprises: (r, { first }) => visibleEnterpriseRefs(r.attendingEnterpriseIds).slice(0, pageSize(first)),
  otherOrganisations: (r) => r.otherOrganisations ?? [],
  outcomes: (r, { first }) => visibleOutcomes(r.outcomes ?? []).slice(0, pageSize(first)),
  photos: (r) => r.photos ?? [],
  closed: (r, _a, { pii }) => pii.revealStamp(r.closed, r.activityId.toHexString(), 'ClosingReport.closed'),
};
