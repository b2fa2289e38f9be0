import { demoEnterpriseId, demoOfficerId } from '@pecg/demo';
import type { GraphQLResponse } from '@pecg/testing';
import { withCheckCharacter } from '../src/domain/credit-code';

export const E = (n: number) => demoEnterpriseId(n).toHexString();
export const O = (n: number) => demoOfficerId(n).toHexString();
export const MISSING_ID = 'ffffffffffffffffffffffff';

/** A fresh valid credit code for tests (division 510100, distinct organisation codes). */
let counter = 0;
export function freshCreditCode(): string {
  counter += 1;
  return withCheckCharacter(`91510100MA7${String(counter).padStart(4, '0')}${'AB'[counter % 2]}X`);
}

export function errorOf(response: GraphQLResponse): { code: string; message: string; extensions: Record<string, any> } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions ?? {} };
}

export function dataOf<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}
