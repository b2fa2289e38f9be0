import { pageSize, resolveEnterpriseReference } from '@pecg/common';
import { latest__Entities__ } from '../../../services/__module__';
import type { EnterpriseResolvers } from '../../types.generated';

export const Enterprise: EnterpriseResolvers = {
  /** An enterprise the caller may not see (READ_POLICY) is null here, as in the enterprises subgraph that owns it. */
  __resolveReference: (reference) => resolveEnterpriseReference(reference),
  __entities__: (enterprise, { first }, ctx) => latest__Entities__(ctx, enterprise.id, pageSize(first, 100, 20)),
};
