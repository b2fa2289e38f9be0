import type { TestSubgraph } from '@pecg/testing';
import type { DisputeAction } from '../../src/domain/dispute-lifecycle';
import type { MediationModels } from '../../src/models';
import { MEDIATOR_4, MEDIATOR_5 } from './fixtures';

export const DISPUTE_FIELDS = 'id status level version resolved history { from to action reason changed { subject role at } }';

/** Each life-cycle action as the mutation a client sends, with valid input for a fixture dispute (fixed 2026 dates). */
export function actionCall(
  action: DisputeAction,
  hasAgreement: boolean,
): { mutation: string; args: string; vars: Record<string, unknown>; types: Record<string, string> } {
  switch (action) {
    case 'ACCEPT':
      return { mutation: 'acceptDispute', args: '', vars: {}, types: {} };
    case 'DECLINE':
      return {
        mutation: 'declineDispute',
        args: ', ground: PARTY_REFUSES, reason: $reason',
        vars: { reason: '被申请人拒绝调解' },
        types: { reason: 'String!' },
      };
    case 'ASSIGN_MEDIATORS':
      return {
        mutation: 'assignMediators',
        args: ', mediators: $m',
        vars: { m: [{ kind: 'VOLUNTEER', id: MEDIATOR_4.toHexString() }] },
        types: { m: '[MediatorInput!]!' },
      };
    case 'REPLACE_MEDIATORS':
      return {
        mutation: 'replaceMediators',
        args: ', mediators: $m, reason: $reason, requestedBy: APPLICANT',
        vars: { m: [{ kind: 'VOLUNTEER', id: MEDIATOR_5.toHexString() }], reason: '申请人申请更换' },
        types: { m: '[MediatorInput!]!', reason: 'String!' },
      };
    case 'RECORD_SESSION':
      return {
        mutation: 'recordMediationSession',
        args: ', session: $s',
        vars: { s: { mode: 'ON_SITE', at: '2026-03-01T15:00:00+08:00' } },
        types: { s: 'MediationSessionInput!' },
      };
    case 'REACH_AGREEMENT':
      return {
        mutation: 'recordOralAgreement',
        args: ', agreement: $a',
        vars: { a: { terms: '当场和解', agreedAt: '2026-03-02T10:00:00+08:00' } },
        types: { a: 'OralAgreementInput!' },
      };
    case 'END_WITHOUT_AGREEMENT':
      return { mutation: 'endMediation', args: ', reason: $reason, routesNotified: [LITIGATION]', vars: { reason: '分歧较大' }, types: { reason: 'String!' } };
    case 'ESCALATE':
      return { mutation: 'escalateDispute', args: ', reason: $reason', vars: { reason: '网格调解未果' }, types: { reason: 'String!' } };
    case 'APPLY_CONFIRMATION':
      return {
        mutation: 'applyForJudicialConfirmation',
        args: ', application: $a',
        vars: { a: { court: '眉山市东坡区人民法院', appliedOn: '2026-03-10', jointApplication: true } },
        types: { a: 'ConfirmationApplicationInput!' },
      };
    case 'CONFIRM':
    case 'REJECT_CONFIRMATION':
      return {
        mutation: 'recordConfirmationOutcome',
        args: ', decision: $d',
        vars: {
          d: {
            outcome: action === 'CONFIRM' ? 'CONFIRMED' : 'REJECTED',
            caseNumber: '（2026）东坡调确字第9号',
            decidedOn: '2026-03-15',
            ...(action === 'CONFIRM' ? {} : { rejectionReason: '协议内容违反法律规定' }),
          },
        },
        types: { d: 'ConfirmationOutcomeInput!' },
      };
    case 'FOLLOW_UP_FULFILLED':
    case 'FOLLOW_UP_UNFULFILLED':
      return {
        mutation: 'recordFollowUp',
        args: ', visit: $v2',
        vars: {
          v2: {
            at: '2026-03-20T10:00:00+08:00',
            notes: '回访',
            ...(hasAgreement || action === 'FOLLOW_UP_UNFULFILLED' ? { performance: action === 'FOLLOW_UP_FULFILLED' ? 'FULFILLED' : 'PARTLY' } : {}),
          },
        },
        types: { v2: 'FollowUpInput!' },
      };
    case 'URGE':
      return { mutation: 'urgePerformance', args: ', notes: $notes', vars: { notes: '电话督促' }, types: { notes: 'String!' } };
    case 'GO_TO_COURT':
      return {
        mutation: 'recordCourtAction',
        args: ', action: $c',
        vars: { c: { kind: 'LITIGATION', court: '眉山市东坡区人民法院', filedOn: '2026-04-01' } },
        types: { c: 'CourtActionInput!' },
      };
    case 'CLOSE':
      return { mutation: 'closeDispute', args: ', satisfaction: 4', vars: {}, types: {} };
  }
}

/** Runs an action on a dispute as `caller` (default MEDIATOR). */
export function runAction(
  graph: TestSubgraph<MediationModels>,
  action: DisputeAction,
  id: string,
  v: number,
  hasAgreement: boolean,
  caller: object | string = 'MEDIATOR',
) {
  const { mutation, args, vars, types } = actionCall(action, hasAgreement);
  const declared = Object.entries(types)
    .map(([k, t]) => `, $${k}: ${t}`)
    .join('');
  return graph.query(
    `mutation ($id: ID!, $v: Int!${declared}) { ${mutation}(id: $id, expectedVersion: $v${args}) { ${DISPUTE_FIELDS} } }`,
    { id, v, ...vars },
    caller as never,
  );
}
