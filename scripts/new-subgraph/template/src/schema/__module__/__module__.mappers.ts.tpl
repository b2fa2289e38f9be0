/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { __Entity__Doc } from '../../models';

export type { __Entity__Doc as __Entity__Mapper } from '../../models';
export type __Entity__ConnectionMapper = Connection<__Entity__Doc>;
