import { Types } from 'mongoose';
import { actorStamp, enterpriseScopeFilter, requireEnterpriseScope, requireRole, requireWriter } from '../../src/authz';
import { ForbiddenError } from '../../src/errors';
import type { Caller } from '../../src/identity';

const E1 = '65a1b2c3d4e5f60718293a4b';
const enterprise: Caller = { subject: 'u1', role: 'ENTERPRISE', enterpriseId: E1 };
const admin: Caller = { subject: 'a1', role: 'ADMIN', name: '管理员' };

describe('authorization helpers', () => {
  it('requireRole lets listed roles through and refuses others with FORBIDDEN naming the allowed roles', () => {
    expect(() => requireRole(admin, ['ADMIN', 'POLICE'], 'close a dispute')).not.toThrow();
    const refuse = () => requireRole(enterprise, ['ADMIN', 'POLICE'], 'close a dispute');
    expect(refuse).toThrow(ForbiddenError);
    expect(refuse).toThrow('Role ENTERPRISE may not close a dispute; allowed roles: ADMIN, POLICE');
  });

  it('requireEnterpriseScope keeps an ENTERPRISE caller to its own enterprise and leaves other roles alone', () => {
    expect(() => requireEnterpriseScope(enterprise, new Types.ObjectId(E1), 'raise a need')).not.toThrow();
    expect(() => requireEnterpriseScope(enterprise, '65a1b2c3d4e5f60718293a4c', 'raise a need')).toThrow(
      `An ENTERPRISE user of ${E1} may not raise a need for enterprise 65a1b2c3d4e5f60718293a4c`,
    );
    expect(() => requireEnterpriseScope(admin, '65a1b2c3d4e5f60718293a4c', 'raise a need')).not.toThrow();
  });

  it('enterpriseScopeFilter restricts ENTERPRISE callers (as an ObjectId) and nobody else', () => {
    const filter = enterpriseScopeFilter(enterprise);
    expect(Object.keys(filter)).toEqual(['enterpriseId']);
    expect(filter.enterpriseId).toBeInstanceOf(Types.ObjectId);
    expect(String(filter.enterpriseId)).toBe(E1);
    expect(Object.keys(enterpriseScopeFilter(enterprise, 'enterprises'))).toEqual(['enterprises']);
    expect(enterpriseScopeFilter(admin)).toEqual({});
    expect(enterpriseScopeFilter({ subject: 'x', role: 'ENTERPRISE', enterpriseId: 'not-an-id' })).toEqual({ enterpriseId: 'not-an-id' });
  });

  it('requireWriter refuses ANALYST only', () => {
    expect(() => requireWriter({ subject: 'an', role: 'ANALYST' }, 'plan an activity')).toThrow('Role ANALYST is read-only and may not plan an activity');
    for (const role of ['ADMIN', 'POLICE', 'ENTERPRISE', 'MEDIATOR', 'DEPARTMENT'] as const)
      expect(() => requireWriter({ subject: 's', role }, 'x')).not.toThrow();
  });

  it('actorStamp records who and when, with the name only when known', () => {
    const at = new Date('2024-03-01T00:00:00Z');
    expect(actorStamp(admin, at)).toEqual({ subject: 'a1', role: 'ADMIN', name: '管理员', at });
    // an ENTERPRISE actor's stamp names the enterprise it acted for (its people's names are clear to it)
    expect(actorStamp(enterprise, at)).toEqual({ subject: 'u1', role: 'ENTERPRISE', enterpriseId: enterprise.enterpriseId, at });
  });
});
