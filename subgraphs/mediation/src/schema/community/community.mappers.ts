import type { GridDoc } from '../../models';

export type { CommunityDoc as CommunityMapper, GridDoc as GridMapper } from '../../models';
/** A grid worker with the grid it belongs to (for the PII audit record). */
export type GridWorkerMapper = NonNullable<GridDoc['worker']> & { gridId: string };
