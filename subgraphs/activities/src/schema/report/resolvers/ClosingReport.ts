import { visibleOutcomes } from '../../../services/closing';
import { visibleEnterpriseRefs } from '../../../services/enterprise-records';
import type { ClosingReportResolvers } from '../../types.generated';

export const ClosingReport: ClosingReportResolvers = {
  attendingEnterprises: (r) => visibleEnterpriseRefs(r.attendingEnterpriseIds),
  otherOrganisations: (r) => r.otherOrganisations ?? [],
  outcomes: (r) => visibleOutcomes(r.outcomes ?? []),
  photos: (r) => r.photos ?? [],
  closed: (r, _a, { pii }) => pii.revealStamp(r.closed, r.activityId.toHexString(), 'ClosingReport.closed'),
};
