/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { ActivityDoc } from '../../models';

export type { ActivityDoc as ActivityMapper } from '../../models';
export type ActivityConnectionMapper = Connection<ActivityDoc>;
