import { resolveEnterpriseReference } from '@pecg/common';
import { pageSize } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';

export const Enterprise: EnterpriseResolvers = {
  /** An enterprise the caller may not see (READ_POLICY) is null here, as in the enterprises subgraph that owns it. */
  __resolveReference: (reference) => resolveEnterpriseReference(reference),
  incidents: (enterprise, { first }, { loaders }) => loaders.latestIncidentsByEnterprise.load(enterprise.id, pageSize(first)),
};
