import { labelOf, referenceId } from '@pecg/common';
import type { ApprovalItemResolvers } from '../../types.generated';
import { DECIDING_AUTHORITY_LABELS, PROCEDURE_KIND_LABELS } from '../../../labels';

export const ApprovalItem: ApprovalItemResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.itemById.load(referenceId(reference)),
  id: (item) => item._id.toHexString(),
  procedureKindLabel: (item) => labelOf(PROCEDURE_KIND_LABELS, item.procedureKind)!,
  decidingAuthorityLabel: (item) => labelOf(DECIDING_AUTHORITY_LABELS, item.decidingAuthority)!,
  statutoryTimeLimit: (item) => item.statutoryTimeLimit ?? null,
  forwarding: (item) => item.forwarding ?? null,
  extensionAllowed: (item) => Boolean(item.extensionAllowed),
  coveredByMeasures: (item, _args, { loaders }) => loaders.measuresByItem.load(item._id.toHexString()),
};
