/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { ContactDoc, EnterpriseDoc } from '../../models';

export type EnterpriseMapper = EnterpriseDoc;
/** Embedded documents carry their owner so PII reads can be audited against it. */
export type EnterpriseContactMapper = ContactDoc & { enterpriseId: string; index: number };
export type EnterpriseConnectionMapper = Connection<EnterpriseDoc>;
