import { enterpriseReference, labelOf, referenceId } from '@pecg/common';
import { __ENTITY___STATUS_LABELS } from '../../../labels';
import type { __Entity__Resolvers } from '../../types.generated';

export const __Entity__: __Entity__Resolvers = {
  __resolveReference: (reference, { loaders }) => loaders.__entity__ById.load(referenceId(reference)),
  id: (doc) => doc._id.toHexString(),
  enterprise: (doc) => enterpriseReference(doc.enterpriseId),
  statusLabel: (doc) => labelOf(__ENTITY___STATUS_LABELS, doc.status)!,
};
