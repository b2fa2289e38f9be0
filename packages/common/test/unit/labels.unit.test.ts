import { labelOf, type EnumLabels } from '../../src/labels';

type Severity = 'LOW' | 'HIGH';
const SEVERITY: EnumLabels<Severity> = { LOW: '低', HIGH: '高' };

describe('labelOf', () => {
  it('gives the Chinese label of a value', () => {
    expect(labelOf(SEVERITY, 'LOW')).toBe('低');
    expect(labelOf(SEVERITY, 'HIGH')).toBe('高');
  });

  it('gives null for no value and the value itself when the map has no label for it', () => {
    expect(labelOf(SEVERITY, null)).toBeNull();
    expect(labelOf(SEVERITY, undefined)).toBeNull();
    expect(labelOf(SEVERITY, 'CRITICAL' as Severity)).toBe('CRITICAL');
  });
});
