/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters —
 * 1 registration authority, 1 entity type, 6 administrative division (digits), 9 organisation code,
 * 1 check character. Characters come from the 31-symbol set below (no I, O, S, V, Z); the check
 * character is C18 = 31 − (Σ Ci·Wi mod 31), with 31 written as 0.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('a credit code body has 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`"${first17[i]}" is not a credit-code character`);
    sum += value * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[check === 31 ? 0 : check];
}

/** Why a code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must have 18 characters, not ${code.length}`;
  if (!SHAPE.test(code)) return 'must use digits and the capital letters of GB 32100-2015 (no I, O, S, V, Z), with a 6-digit division code in positions 3–8';
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return `has check character "${code[17]}" but GB 32100-2015 requires "${expected}"`;
  return null;
}

export const isValidCreditCode = (code: string): boolean => creditCodeProblem(code) === null;

/** Completes a 17-character body with its check character (demo data and tests). */
export const withCheckCharacter = (first17: string): string => first17 + creditCodeCheckCharacter(first17);
