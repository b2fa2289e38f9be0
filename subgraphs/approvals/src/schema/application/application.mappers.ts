/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { ApplicationDoc } from '../../models';

export type { ApplicationDoc as ApplicationMapper } from '../../models';
export type ApplicationConnectionMapper = Connection<ApplicationDoc>;
