import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, withCheckCharacter } from '../../src/domain/credit-code';
import { demoCreditCode, demoEnterpriseName } from '../../src/seed/park';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes of real enterprises', () => {
    // Tencent Technology (Shenzhen), Huawei Technologies: codes printed on their business licences.
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(isValidCreditCode('914403001922038216')).toBe(true);
  });

  it('computes the check character with weights 3^i mod 31', () => {
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(withCheckCharacter('91440300192203821')).toBe('914403001922038216');
  });

  it('rejects a wrong check character, bad characters and wrong lengths, saying why', () => {
    expect(creditCodeProblem('9144030071526726XA')).toBe('has check character "A" but GB 32100-2015 requires "G"');
    expect(creditCodeProblem('9144030071526726X')).toMatch(/18 characters, not 17/);
    expect(creditCodeProblem('91440300715267I6XG')).toMatch(/no I, O, S, V, Z/);
    expect(creditCodeProblem('91AB030071526726XG')).toMatch(/6-digit division/);
  });

  it('gives every demo enterprise a valid, unique code and a unique name', () => {
    const codes = Array.from({ length: 102 }, (_, i) => demoCreditCode(i + 1));
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(102);
    const names = Array.from({ length: 102 }, (_, i) => demoEnterpriseName(i + 1).name);
    expect(new Set(names).size).toBe(102);
    expect(names[0]).toBe('四川新四方肥业有限公司');
  });
});
