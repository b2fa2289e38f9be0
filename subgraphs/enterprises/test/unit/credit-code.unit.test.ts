import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, withCheckCharacter } from '../../src/domain/credit-code';
import { DEMO_PARK, DEMO_ROSTER } from '@pecg/demo';
import { demoCreditCode, demoEnterprise, demoEnterpriseName } from '../../src/seed/park';

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

  it('gives every demo enterprise of the roster (122) a valid, unique code and a unique name; the bench continues them', () => {
    const count = DEMO_PARK.enterpriseCount;
    const codes = Array.from({ length: count }, (_, i) => demoCreditCode(i + 1));
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(count);
    const names = Array.from({ length: count }, (_, i) => demoEnterpriseName(i + 1).name);
    expect(new Set(names).size).toBe(count);
    expect(names[102]).toBe('四川新四方肥业有限公司');
    expect(names).toEqual(DEMO_ROSTER.map((e) => e.name));
    // enterprises past the roster (the benchmark's) keep unique names and codes
    const bench = Array.from({ length: 400 }, (_, i) => demoEnterprise(count + 1 + i));
    expect(new Set([...names, ...bench.map((e) => e.name)]).size).toBe(count + 400);
    expect(new Set([...codes, ...bench.map((e) => e.creditCode)]).size).toBe(count + 400);
    expect(bench.every((e) => e.category === 'SMALL_MICRO_TECH' && e.inIncubator)).toBe(true);
  });
});
