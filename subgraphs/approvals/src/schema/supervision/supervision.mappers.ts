import type { Connection } from '@pecg/common';
import type { SupervisionCaseDoc } from '../../models';

export type { EnterpriseCreditMarkDoc as EnterpriseCreditMarkMapper, SupervisionCaseDoc as SupervisionCaseMapper } from '../../models';
export type SupervisionCaseConnectionMapper = Connection<SupervisionCaseDoc>;
