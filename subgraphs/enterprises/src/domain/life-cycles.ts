import { StateMachine } from '@pecg/common';
import type { AdvantageResourceStatusValue, MatchOutcomeValue, RiskAlertStatusValue, ServiceNeedStatusValue } from '../models';

/** 服务需求: open → in progress → resolved, or declined from open or in progress. */
export const serviceNeedLifeCycle = new StateMachine<ServiceNeedStatusValue>('ServiceNeed', {
  OPEN: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['RESOLVED', 'DECLINED'],
  RESOLVED: [],
  DECLINED: [],
});

/** 风险预警: detected → triaged → notified → mitigated → closed; dismissed (false positive) → closed. */
export const riskAlertLifeCycle = new StateMachine<RiskAlertStatusValue>('RiskAlert', {
  DETECTED: ['TRIAGED', 'DISMISSED'],
  TRIAGED: ['NOTIFIED', 'DISMISSED'],
  NOTIFIED: ['MITIGATED', 'DISMISSED'],
  MITIGATED: ['CLOSED'],
  DISMISSED: ['CLOSED'],
  CLOSED: [],
});

/** 优势资源: offered (updatable, matchable) → withdrawn (final). */
export const advantageResourceLifeCycle = new StateMachine<AdvantageResourceStatusValue>('AdvantageResource', {
  ACTIVE: ['WITHDRAWN'],
  WITHDRAWN: [],
});

/** 资源对接: proposed → accepted → completed, or proposed → declined. */
export const resourceMatchLifeCycle = new StateMachine<MatchOutcomeValue>('ResourceMatch', {
  PROPOSED: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['COMPLETED'],
  DECLINED: [],
  COMPLETED: [],
});
