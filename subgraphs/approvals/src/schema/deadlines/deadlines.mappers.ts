export type { SpecialProcedureDoc as SpecialProcedureMapper } from '../../models';
