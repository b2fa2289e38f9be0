import type { ResourceMatchDoc } from '../../models';

export type ResourceMatchMapper = ResourceMatchDoc;
