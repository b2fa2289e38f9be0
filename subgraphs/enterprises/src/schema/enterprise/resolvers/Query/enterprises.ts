import type { QueryResolvers } from '../../../types.generated';
import { projectionOf } from '@pecg/common';
import { listEnterprises } from '../../../../services/lists';
import { ENTERPRISE_FIELDS } from '../Enterprise';

/** A page of enterprises with the document fields the selection of `edges.node` reads. */
export const enterprises: NonNullable<QueryResolvers['enterprises']> = (_parent, args, ctx, info) =>
  listEnterprises(ctx, args, projectionOf(info, ENTERPRISE_FIELDS, ['edges', 'node']));
