import { labelOf } from '@pecg/common';
import type { SpecialProcedureResolvers } from '../../types.generated';
import { SPECIAL_PROCEDURE_LABELS } from '../../../labels';

export const SpecialProcedure: SpecialProcedureResolvers = {
  kindLabel: (p) => labelOf(SPECIAL_PROCEDURE_LABELS, p.kind)!,
};
