import { resolveEnterpriseReference } from '@pecg/common';
import { pageFirst } from '../../../services/lists';
import type { EnterpriseResolvers } from '../../types.generated';

export const Enterprise: EnterpriseResolvers = {
  /** An enterprise the caller may not see (READ_POLICY) is null here, as in the enterprises subgraph that owns it. */
  __resolveReference: (reference) => resolveEnterpriseReference(reference),
  incidents: (enterprise, { first }, { loaders }) => loaders.latestIncidentsByEnterprise.load(enterprise.id, pageFirst(first)),
};
