import type { Caller } from '@pecg/common';
import type { DisputeDoc } from '../models';

/** ENTERPRISE users see only disputes their enterprise is a party to. */
export function canReadDispute(caller: Caller, dispute: DisputeDoc): boolean {
  return caller.role !== 'ENTERPRISE' || dispute.enterpriseIds.some((id) => id.toHexString() === caller.enterpriseId);
}

