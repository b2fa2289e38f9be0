import { z } from 'zod';
import { Types } from 'mongoose';
import { ValidationError } from './errors';

export { z };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Validates a mutation/query input against a zod schema. On failure throws one ValidationError
 * (BAD_USER_INPUT) whose message names every wrong field with the value that was given.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, inputName = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const field = [inputName, ...issue.path.map(String)].join('.');
    const value = valueAt(input, issue.path);
    return { field, value, message: issue.message };
  });
  const message = issues.map((i) => `${i.field}: ${i.message}${i.value === undefined ? '' : ` (got ${JSON.stringify(i.value)})`}`).join('; ');
  throw new ValidationError(`Invalid ${inputName}: ${message}`, {
    field: issues[0]?.field,
    value: issues[0]?.value,
    issues,
  });
}

/** A MongoDB ObjectId given as a 24-character hex string. */
export const objectId = z.string().refine((v) => Types.ObjectId.isValid(v) && /^[0-9a-fA-F]{24}$/.test(v), {
  message: 'must be a 24-character hexadecimal id',
});

/** Validates one id argument; throws BAD_USER_INPUT naming the argument and value. */
export function parseId(value: unknown, argument = 'id'): Types.ObjectId {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]{24}$/.test(value)) {
    throw new ValidationError(`${argument}: must be a 24-character hexadecimal id (got ${JSON.stringify(value)})`, {
      field: argument,
      value,
    });
  }
  return new Types.ObjectId(value);
}

/** Non-empty trimmed text with a maximum length. */
export const text = (max = 200) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Mainland China mobile phone number. */
export const mobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number starting with 1');

/** 18-character resident identity card number with its ISO 7064 MOD 11-2 check digit (GB 11643). */
export const idCardNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdCardNumber, { message: 'must be an 18-character resident ID number with a valid check digit' });

export function isValidIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return checks[sum % 11] === value[17];
}
