import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { projectionOf } from '@pecg/common';
import { listEnterprises } from '../../services/lists';
import { ENTERPRISE_FIELDS } from '../Enterprise';

/** A page of enterprises with the document fields the selection of `edges.node` reads. */
export const enterprises: QueryResolvers['enterprises'] = (_parent, args, { models, caller }, info) =>
  listEnterprises(models, caller, args, projectionOf(info, ENTERPRISE_FIELDS, ['edges', 'node']));
