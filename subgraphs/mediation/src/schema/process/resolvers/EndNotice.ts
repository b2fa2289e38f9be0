import { OTHER_ROUTE_LABELS } from '../../../labels';
import type { EndNoticeResolvers } from '../../types.generated';

export const EndNotice: EndNoticeResolvers = {
  routeLabels: (n) => n.routes.map((r) => OTHER_ROUTE_LABELS[r]),
  notified: (n, _a, { pii }) => pii.revealStamp(n.notified, n.disputeId, 'endNotice.notified'),
};
