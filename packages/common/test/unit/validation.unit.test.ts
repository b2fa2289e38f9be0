import { Types } from 'mongoose';
import { ValidationError } from '../../src/errors';
import { idCardNumber, isValidIdCardNumber, mobilePhone, objectId, parseId, parseInput, text, z } from '../../src/validation';

function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected an error');
}

const Input = z.object({
  name: text(10),
  phone: mobilePhone.optional(),
  contact: z.object({ idNumber: idCardNumber }).optional(),
  ownerId: objectId.optional(),
});

describe('parseInput', () => {
  it('returns the parsed input (trimmed, normalised) when valid', () => {
    expect(parseInput(Input, { name: '  四方肥业 ', phone: ' 13812345678', contact: { idNumber: '11010519491231002x' } })).toEqual({
      name: '四方肥业',
      phone: '13812345678',
      contact: { idNumber: '11010519491231002X' },
    });
  });

  it('throws one BAD_USER_INPUT naming every wrong field with the value given', () => {
    const error = thrown(() => parseInput(Input, { name: '', phone: '12345', contact: { idNumber: '110105194912310021' } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      'Invalid input: input.name: must not be empty (got ""); input.phone: must be an 11-digit mainland mobile number starting with 1 (got "12345"); input.contact.idNumber: must be an 18-character resident ID number with a valid check digit (got "110105194912310021")',
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', value: '' });
    expect((error.extensions.issues as Array<{ field: string }>).map((i) => i.field)).toEqual(['input.name', 'input.phone', 'input.contact.idNumber']);
  });

  it('names the input argument and leaves out the value of a missing field', () => {
    const error = thrown(() => parseInput(Input, {}, 'filter'));
    expect(error.message).toMatch(/^Invalid filter: filter\.name: /);
    expect(error.message).not.toContain('(got');
    expect(error.extensions).toMatchObject({ field: 'filter.name' });
    expect(error.extensions.value).toBeUndefined();
  });

  it('limits text length', () => {
    expect(thrown(() => parseInput(Input, { name: '一二三四五六七八九十一' })).message).toContain('input.name: must be at most 10 characters');
  });
});

describe('ids', () => {
  it('parses a 24-character hexadecimal id into an ObjectId', () => {
    const id = parseId('65A1B2C3D4E5F60718293A4B', 'enterpriseId');
    expect(id).toBeInstanceOf(Types.ObjectId);
    expect(id.toHexString()).toBe('65a1b2c3d4e5f60718293a4b');
  });

  it.each([['abc'], [''], [12], [null], ['zzzzzzzzzzzzzzzzzzzzzzzz'], ['65a1b2c3d4e5f60718293a4b0']])('refuses %p naming the argument', (value) => {
    const error = thrown(() => parseId(value, 'enterpriseId'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(`enterpriseId: must be a 24-character hexadecimal id (got ${JSON.stringify(value)})`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
  });

  it('the objectId schema takes 24 hexadecimal characters only', () => {
    expect(objectId.safeParse('65a1b2c3d4e5f60718293a4b').success).toBe(true);
    expect(objectId.safeParse('65A1B2C3D4E5F60718293A4B').success).toBe(true);
    expect(objectId.safeParse('abcdefghijkl').success).toBe(false);
    expect(objectId.safeParse('65a1b2c3d4e5f60718293a4g').success).toBe(false);
  });
});

describe('personal identifiers', () => {
  it('checks the ISO 7064 MOD 11-2 check digit of a resident ID number', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true);
    expect(isValidIdCardNumber('110105194912310021')).toBe(false);
    expect(isValidIdCardNumber('11010519491231002x')).toBe(false); // the schema upper-cases first
    expect(isValidIdCardNumber('1101051949123100')).toBe(false);
    expect(idCardNumber.safeParse(' 11010519491231002x ').success).toBe(true);
  });

  it('accepts mainland mobile numbers only', () => {
    expect(mobilePhone.safeParse('13812345678').success).toBe(true);
    expect(mobilePhone.safeParse('12812345678').success).toBe(false);
    expect(mobilePhone.safeParse('1381234567').success).toBe(false);
    expect(mobilePhone.safeParse('028-12345678').success).toBe(false);
  });
});
