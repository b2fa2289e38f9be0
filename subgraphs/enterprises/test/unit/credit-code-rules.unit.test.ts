import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, withCheckCharacter } from '../../src/domain/credit-code';

const TENCENT = '9144030071526726XG';

describe('统一社会信用代码 rules (GB 32100-2015)', () => {
  it('uses the 31 characters of the standard', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(CREDIT_CODE_CHARSET).not.toContain(letter);
  });

  it('detects every single-character change (the check is mod 31 with weights prime to 31)', () => {
    const missed: string[] = [];
    for (let i = 0; i < 17; i += 1) {
      for (const c of CREDIT_CODE_CHARSET) {
        if (c === TENCENT[i]) continue;
        if (i >= 2 && i <= 7 && !/\d/.test(c)) continue; // the division code is digits only
        const changed = TENCENT.slice(0, i) + c + TENCENT.slice(i + 1);
        if (isValidCreditCode(changed)) missed.push(changed);
      }
    }
    expect(missed).toEqual([]);
  });

  it('detects a swap of two different neighbouring characters', () => {
    const swapped = TENCENT.slice(0, 8) + TENCENT[9] + TENCENT[8] + TENCENT.slice(10);
    expect(TENCENT[8]).not.toBe(TENCENT[9]);
    expect(isValidCreditCode(swapped)).toBe(false);
  });

  it('writes a check value of 31 as "0"', () => {
    // find a body whose weighted sum is a multiple of 31
    let body = '';
    for (let n = 0; n < 1000 && !body; n += 1) {
      const candidate = `91510100MA${String(n).padStart(7, '0')}`;
      if (creditCodeCheckCharacter(candidate) === '0') body = candidate;
    }
    expect(body).not.toBe('');
    expect(isValidCreditCode(`${body}0`)).toBe(true);
  });

  it('refuses a body of the wrong length or with a character outside the set', () => {
    expect(() => creditCodeCheckCharacter('91440300')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030071526726I')).toThrow('"I" is not a credit-code character');
  });

  it('completes any body to a valid code, and lower case is not accepted', () => {
    for (const body of ['91510100MA6CA1234', '12100000400000624', 'Y1440300MA5DXXXXX'.replace(/X/g, '1')]) {
      const code = withCheckCharacter(body);
      expect(code).toHaveLength(18);
      expect(creditCodeProblem(code)).toBeNull();
    }
    expect(creditCodeProblem(TENCENT.toLowerCase())).toMatch(/capital letters/);
  });
});
