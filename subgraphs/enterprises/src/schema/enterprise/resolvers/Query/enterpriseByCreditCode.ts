import { parseInput } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { creditCode } from '../../../../validation';

/** null for an unknown code and for an enterprise the caller may not see (the read policy: it does not exist). */
export const enterpriseByCreditCode: NonNullable<QueryResolvers['enterpriseByCreditCode']> = (_parent, args, { loaders }) =>
  loaders.enterpriseByCreditCode.load(parseInput(creditCode, args.creditCode, 'creditCode'));
