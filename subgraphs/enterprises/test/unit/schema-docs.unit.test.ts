import { isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { buildSchema } from '@pecg/common';
import { enterprisesSubgraph } from '../../src';
import * as labels from '../../src/labels';

/** The schema documents itself: every type, field, argument, input field and enum value is described. */
describe('enterprises schema documentation', () => {
  const schema = buildSchema(enterprisesSubgraph);
  const own = Object.values(schema.getTypeMap()).filter(
    (t) =>
      !t.name.startsWith('_') &&
      !t.name.startsWith('__') &&
      ![
        'String',
        'Int',
        'Float',
        'Boolean',
        'ID',
        'link__Import',
        'federation__FieldSet',
        'federation__Scope',
        'federation__Policy',
        'federation__ContextFieldValue',
        'link__Purpose',
      ].includes(t.name),
  );

  it('describes every type, field, argument and input field', () => {
    const missing: string[] = [];
    for (const type of own) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(own.map((t) => t.name)).toEqual(expect.arrayContaining(['Enterprise', 'PoliceOfficer', 'RiskAlertFilter', 'Mutation']));
    expect(missing).toEqual([]);
  });

  it('starts every enum value description with its Chinese label, the same text as labels.ts', () => {
    const maps: Record<string, Record<string, string>> = {
      EnterpriseCategory: labels.ENTERPRISE_CATEGORY_LABELS,
      EnterpriseStatus: labels.ENTERPRISE_STATUS_LABELS,
      PartyOrganizationType: labels.PARTY_ORGANIZATION_TYPE_LABELS,
      AllianceRole: labels.ALLIANCE_ROLE_LABELS,
      AssignmentKind: labels.ASSIGNMENT_KIND_LABELS,
      ServiceNeedCategory: labels.SERVICE_NEED_CATEGORY_LABELS,
      ServiceNeedStatus: labels.SERVICE_NEED_STATUS_LABELS,
      AdvantageResourceKind: labels.ADVANTAGE_RESOURCE_KIND_LABELS,
      RiskAlertType: labels.RISK_ALERT_TYPE_LABELS,
      RiskSeverity: labels.RISK_SEVERITY_LABELS,
      RiskAlertStatus: labels.RISK_ALERT_STATUS_LABELS,
      NeedAssigneeKind: labels.NEED_ASSIGNEE_KIND_LABELS,
      AllianceMembershipKey: labels.ALLIANCE_MEMBERSHIP_KEY_LABELS,
      OfficerCoverageKey: labels.OFFICER_COVERAGE_LABELS,
    };
    const wrong: string[] = [];
    for (const type of own.filter(isEnumType)) {
      for (const value of type.getValues()) {
        if (!value.description || !/^\p{Script=Han}/u.test(value.description)) wrong.push(`${type.name}.${value.name}: ${value.description}`);
        const label = maps[type.name]?.[value.name];
        if (maps[type.name] && !value.description?.startsWith(`${label} — `)) wrong.push(`${type.name}.${value.name} label ${label}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(Object.keys(maps).every((name) => isEnumType(schema.getType(name)))).toBe(true);
  });
});
