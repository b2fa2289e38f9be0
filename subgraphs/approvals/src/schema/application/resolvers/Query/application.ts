import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { canSeeEnterprise } from '../../../../services/lists';

/** Null when absent or when an ENTERPRISE caller asks for another enterprise's application. */
export const application: NonNullable<QueryResolvers['application']> = async (_parent, { id }, { loaders, caller }) => {
  const app = await loaders.applicationById.load(parseId(id).toHexString());
  return app && canSeeEnterprise(caller, app.enterpriseId) ? app : null;
};
