import type { MutationResolvers } from '../../../types.generated';
import { ingestSensingEvents as ingest } from '../../../../services/ingestion';

export const ingestSensingEvents: NonNullable<MutationResolvers['ingestSensingEvents']> = (_p, { events }, ctx) => ingest(ctx, events);
