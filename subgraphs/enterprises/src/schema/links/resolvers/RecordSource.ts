import type { RecordSourceResolvers } from '../../types.generated';

/** A record of another subgraph, as stored. */
export const RecordSource: RecordSourceResolvers = {
  id: (s) => s.id,
};
