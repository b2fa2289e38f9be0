import { parseInput } from '@pecg/common';
import { create__Entity__Input, update__Entity__Input } from '../../src/validation';

describe('__name__ input validation', () => {
  it('trims titles and refuses empty ones, naming the field', () => {
    expect(parseInput(create__Entity__Input, { title: '  记录  ' }).title).toBe('记录');
    expect(() => parseInput(create__Entity__Input, { title: ' ' })).toThrow(/input\.title/);
  });

  it('needs at least one change', () => {
    expect(() => parseInput(update__Entity__Input, {})).toThrow(/input\.title/);
  });
});
