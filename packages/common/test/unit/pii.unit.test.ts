import { ROLES, type Caller, type Role } from '../../src/identity';
import { maskIdNumber, maskName, maskPhone } from '../../src/pii';
import { commonTypeResolvers } from '../../src/graphql/schema';
import { PII_CLEAR_ROLES, PiiGate } from '../../src/pii-audit';

describe('masking', () => {
  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('02812345678')).toBe('028****5678');
    expect(maskPhone('1234567')).toBe('*******');
  });

  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('510100199001011234')).toBe('5101**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('12345678')).toBe('********');
  });

  it('keeps the family name (first character) of a name, by characters not UTF-16 units', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('*');
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('passes no value through as null and an empty string as it is', () => {
    for (const mask of [maskPhone, maskIdNumber, maskName]) {
      expect(mask(null)).toBeNull();
      expect(mask(undefined)).toBeNull();
      expect(mask('')).toBe('');
    }
  });
});

describe('PiiGate', () => {
  const caller = (role: Role): Caller => ({ subject: `${role.toLowerCase()}-1`, role, ...(role === 'ENTERPRISE' ? { enterpriseId: 'e1' } : {}) });

  it('never shows personal information in the clear to ANALYST or ENTERPRISE callers', () => {
    for (const kind of ['NAME', 'PHONE', 'ID_NUMBER'] as const) {
      expect(PII_CLEAR_ROLES[kind]).not.toContain('ANALYST');
      expect(PII_CLEAR_ROLES[kind]).not.toContain('ENTERPRISE');
    }
  });

  it.each([...ROLES])('%s: each kind clear or masked according to PII_CLEAR_ROLES', (role) => {
    const gate = new PiiGate(caller(role), 'r1');
    const clear = (kind: keyof typeof PII_CLEAR_ROLES) => PII_CLEAR_ROLES[kind].includes(role);
    expect(gate.canSee('PHONE', 'Person')).toBe(clear('PHONE'));
    expect(gate.reveal('NAME', '张三丰', 'Person', 'p1', 'name')).toBe(clear('NAME') ? '张三丰' : '张**');
    expect(gate.reveal('PHONE', '13812345678', 'Person', 'p1', 'phone')).toBe(clear('PHONE') ? '13812345678' : '138****5678');
    expect(gate.reveal('ID_NUMBER', '510100199001011234', 'Person', 'p1', 'idNumber')).toBe(clear('ID_NUMBER') ? '510100199001011234' : '5101**********1234');
  });
});

describe('PII_POLICY', () => {
  const enterprise = (enterpriseId: string): Caller => ({ subject: 'e', role: 'ENTERPRISE', enterpriseId });
  it('an ENTERPRISE caller sees its own people in the clear and nobody else', () => {
    const gate = new PiiGate(enterprise('aaaaaaaaaaaaaaaaaaaaaaaa'), 'r');
    expect(gate.reveal('PHONE', '13812345678', 'Enterprise', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'contacts.0.phone', 'aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('13812345678');
    expect(gate.reveal('PHONE', '13812345678', 'Enterprise', 'bbbbbbbbbbbbbbbbbbbbbbbb', 'contacts.0.phone', 'bbbbbbbbbbbbbbbbbbbbbbbb')).toBe('138****5678');
    expect(gate.reveal('NAME', '张三丰', 'Dispute', 'd1', 'parties.0.name', 'aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('张**'); // ownEnterprise is false for dispute parties
  });
  it('a MEDIATOR sees dispute parties in the clear but not enterprise contacts', () => {
    const gate = new PiiGate({ subject: 'm', role: 'MEDIATOR' }, 'r');
    expect(gate.reveal('PHONE', '13812345678', 'Dispute', 'd1', 'parties.0.phone')).toBe('13812345678');
    expect(gate.reveal('PHONE', '13812345678', 'Enterprise', 'e1', 'contacts.0.phone')).toBe('138****5678');
  });
});

describe('ActorStamp.name (who acted on a record) is a person name under PII_POLICY "Staff"', () => {
  const stamp = { subject: 'officer-7', name: '王建华', role: 'POLICE', at: new Date() };
  it.each([
    ['POLICE', '王建华'],
    ['MEDIATOR', '王建华'],
    ['ANALYST', '王**'],
    ['ENTERPRISE', '王**'],
  ] as const)('%s reads %s', (role, expected) => {
    const ctx = { pii: new PiiGate({ subject: 'x', role, ...(role === 'ENTERPRISE' ? { enterpriseId: 'aaaaaaaaaaaaaaaaaaaaaaaa' } : {}) }, 'r') };
    expect(commonTypeResolvers.ActorStamp.name(stamp, {}, ctx as never)).toBe(expected);
  });
});

describe('a stamp of an ENTERPRISE user is that enterprise’s person', () => {
  const own = 'aaaaaaaaaaaaaaaaaaaaaaaa';
  const stamp = { subject: 'e-user', name: '李小红', role: 'ENTERPRISE', enterpriseId: own, at: new Date() };
  it('is clear to that enterprise and to ADMIN/POLICE, masked for another enterprise and for MEDIATOR', () => {
    const gate = (caller: Caller) => new PiiGate(caller, 'r');
    expect(gate({ subject: 'x', role: 'ENTERPRISE', enterpriseId: own }).revealStamp(stamp, 'rec', 'created').name).toBe('李小红');
    expect(gate({ subject: 'x', role: 'POLICE' }).revealStamp(stamp, 'rec', 'created').name).toBe('李小红');
    expect(gate({ subject: 'x', role: 'ENTERPRISE', enterpriseId: 'bbbbbbbbbbbbbbbbbbbbbbbb' }).revealStamp(stamp, 'rec', 'created').name).toBe('李**');
    expect(gate({ subject: 'x', role: 'MEDIATOR' }).revealStamp(stamp, 'rec', 'created').name).toBe('李**');
  });
  it('a stamp revealed by a subgraph passes the shared resolver unchanged (one audit record)', async () => {
    const gate = new PiiGate({ subject: 'p', role: 'POLICE' }, 'r');
    const revealed = gate.revealStamp({ subject: 'officer-1', name: '王建华', role: 'POLICE', at: new Date() }, 'rec-1', 'Dispute.created');
    expect(commonTypeResolvers.ActorStamp.name(revealed, {}, { pii: gate } as never)).toBe('王建华');
    expect((gate as unknown as { pending: Map<string, unknown> }).pending.size).toBe(1);
  });
});
