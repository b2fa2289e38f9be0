import { listFirst } from '../../../services/page-size';
import { visibleOutcomes } from '../../../services/closing';
import { visibleEnterpriseRefs } from '../../../services/enterprise-records';
import type { ClosingReportResolvers } from '../../types.generated';

export const ClosingReport: ClosingReportResolvers = {
  attendingEnterprises: (r, { first }) => visibleEnterpriseRefs(r.attendingEnterpriseIds).slice(0, listFirst(first)),
  otherOrganisations: (r) => r.otherOrganisations ?? [],
  outcomes: (r, { first }) => visibleOutcomes(r.outcomes ?? []).slice(0, listFirst(first)),
  photos: (r) => r.photos ?? [],
  closed: (r, _a, { pii }) => pii.revealStamp(r.closed, r.activityId.toHexString(), 'ClosingReport.closed'),
};
