import type { DisputeDoc } from '../../models';

export type MediationSessionMapper = DisputeDoc['sessions'][number];
