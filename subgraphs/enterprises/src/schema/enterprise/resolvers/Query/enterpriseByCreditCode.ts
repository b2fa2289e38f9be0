import { parseInput } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { creditCode } from '../../../../validation';
import { requireSees } from '../../scope';

export const enterpriseByCreditCode: NonNullable<QueryResolvers['enterpriseByCreditCode']> = async (_parent, args, { loaders, caller }) => {
  const code = parseInput(creditCode, args.creditCode, 'creditCode');
  const found = await loaders.enterpriseByCreditCode.load(code);
  if (found) requireSees(caller, found._id);
  return found;
};
