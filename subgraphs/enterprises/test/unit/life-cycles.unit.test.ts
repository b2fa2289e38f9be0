import { IllegalTransitionError } from '@pecg/common';
import { OPEN_NEED_STATUSES, SERVICE_NEED_STATUSES } from '../../src/models/service-need';
import { OPEN_ALERT_STATUSES, RISK_ALERT_STATUSES } from '../../src/models/risk-alert';
import { riskAlertLifeCycle, serviceNeedLifeCycle } from '../../src/domain/life-cycles';

describe('service need life cycle (服务需求)', () => {
  it('has a row for every status', () => {
    expect(Object.keys(serviceNeedLifeCycle.transitions).sort()).toEqual([...SERVICE_NEED_STATUSES].sort());
  });

  it('is taken up, then resolved; declined from open or in progress', () => {
    expect(serviceNeedLifeCycle.canMove('OPEN', 'IN_PROGRESS')).toBe(true);
    expect(serviceNeedLifeCycle.sourcesOf('RESOLVED')).toEqual(['IN_PROGRESS']);
    expect(serviceNeedLifeCycle.sourcesOf('DECLINED')).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(serviceNeedLifeCycle.canMove('OPEN', 'RESOLVED')).toBe(false);
    expect(serviceNeedLifeCycle.canMove('IN_PROGRESS', 'OPEN')).toBe(false);
  });

  it('counts exactly the non-final statuses as open', () => {
    expect(serviceNeedLifeCycle.finalStates()).toEqual(['RESOLVED', 'DECLINED']);
    expect([...OPEN_NEED_STATUSES].sort()).toEqual(SERVICE_NEED_STATUSES.filter((s) => !serviceNeedLifeCycle.finalStates().includes(s)).sort());
  });

  it('refuses to reopen a resolved need, naming the entity', () => {
    expect(() => serviceNeedLifeCycle.assert('n1', 'RESOLVED', 'IN_PROGRESS')).toThrow(IllegalTransitionError);
    expect(() => serviceNeedLifeCycle.assert('n1', 'RESOLVED', 'IN_PROGRESS')).toThrow(/^ServiceNeed "n1" cannot go from RESOLVED to IN_PROGRESS/);
  });
});

describe('risk alert life cycle (风险预警)', () => {
  it('has a row for every status', () => {
    expect(Object.keys(riskAlertLifeCycle.transitions).sort()).toEqual([...RISK_ALERT_STATUSES].sort());
  });

  it('goes detected → triaged → notified → mitigated → closed, one step at a time', () => {
    const path = ['DETECTED', 'TRIAGED', 'NOTIFIED', 'MITIGATED', 'CLOSED'] as const;
    for (let i = 1; i < path.length; i += 1) expect(riskAlertLifeCycle.canMove(path[i - 1], path[i])).toBe(true);
    expect(riskAlertLifeCycle.canMove('DETECTED', 'NOTIFIED')).toBe(false);
    expect(riskAlertLifeCycle.canMove('TRIAGED', 'MITIGATED')).toBe(false);
  });

  it('dismisses a false positive before mitigation, and closes it afterwards', () => {
    expect(riskAlertLifeCycle.sourcesOf('DISMISSED')).toEqual(['DETECTED', 'TRIAGED', 'NOTIFIED']);
    expect(riskAlertLifeCycle.canMove('MITIGATED', 'DISMISSED')).toBe(false);
    expect(riskAlertLifeCycle.sourcesOf('CLOSED')).toEqual(['MITIGATED', 'DISMISSED']);
  });

  it('has CLOSED as the only final state; the open statuses are those before mitigation or dismissal', () => {
    expect(riskAlertLifeCycle.finalStates()).toEqual(['CLOSED']);
    expect(OPEN_ALERT_STATUSES).toEqual(riskAlertLifeCycle.sourcesOf('DISMISSED'));
  });
});
