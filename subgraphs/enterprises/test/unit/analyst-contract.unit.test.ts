import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { buildSchema } from '@pecg/common';
import { enterprisesSubgraph } from '../../src';

/**
 * The analysts' contract in this subgraph's SDL (docs/CONVENTIONS.md): every list takes `first: Int = 20`,
 * enum filter conditions are plural lists (singular ones are deprecated aliases), every main entity's
 * filter has its time range and months, count rows are `{ key label count }`, ratios end in `Rate`.
 */
describe('enterprises SDL follows the analysts’ contract', () => {
  const schema = buildSchema(enterprisesSubgraph);
  const objectTypes = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('_'));
  const fields = objectTypes.flatMap((t) => Object.values(t.getFields()).map((f) => [t.name, f] as [string, GraphQLField<unknown, unknown>]));

  it('every paged or nested list takes first: Int = 20 (connections also filter, sort and after)', () => {
    const wrong: string[] = [];
    for (const [type, field] of fields) {
      const output = isNonNullType(field.type) ? field.type.ofType : field.type;
      const connection = getNamedType(field.type).name.endsWith('Connection');
      const recordList =
        isListType(output) &&
        ['Enterprise', 'ServiceNeed', 'RiskAlert', 'AdvantageResource', 'OfficerAssignment', 'ResourceMatch'].includes(getNamedType(output).name);
      if (!connection && !recordList) continue;
      if (type === 'ResourceMatch' && field.name === 'enterprises') continue; // the match's two owners, not a list to page
      const first = field.args.find((a) => a.name === 'first');
      if (!first || String(first.type) !== 'Int' || first.defaultValue !== 20)
        wrong.push(`${type}.${field.name}(first: ${first?.type} = ${first?.defaultValue})`);
      if (connection && type === 'Query' && !['filter', 'sort', 'after'].every((name) => field.args.some((a) => a.name === name)))
        wrong.push(`${type}.${field.name} args`);
    }
    expect(wrong).toEqual([]);
  });

  it('enum conditions of list filters are plural lists; a singular one is a deprecated alias of one', () => {
    const wrong: string[] = [];
    for (const filter of ['EnterpriseFilter', 'ServiceNeedFilter', 'RiskAlertFilter', 'AdvantageResourceFilter']) {
      const type = schema.getType(filter);
      if (!isInputObjectType(type)) throw new Error(filter);
      for (const field of Object.values(type.getFields())) {
        if (!isEnumType(getNamedType(field.type))) continue;
        const plural = isListType(field.type);
        if (plural && !field.name.endsWith('s')) wrong.push(`${filter}.${field.name}: a list under a singular name`);
        if (!plural && !field.deprecationReason?.startsWith('Use ')) wrong.push(`${filter}.${field.name}: singular, not deprecated`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each main entity’s filter has its time range, months and enterprise conditions', () => {
    const expected: Record<string, string[]> = {
      EnterpriseFilter: ['registeredFrom', 'registeredBefore', 'months', 'categories', 'statuses', 'enterpriseIds'],
      ServiceNeedFilter: ['raisedFrom', 'raisedBefore', 'months', 'statuses', 'categories', 'enterpriseId', 'enterpriseIds', 'assigneeKinds'],
      RiskAlertFilter: ['raisedFrom', 'raisedBefore', 'months', 'statuses', 'severities', 'types', 'enterpriseId', 'enterpriseIds'],
      AdvantageResourceFilter: ['offeredFrom', 'offeredBefore', 'months', 'kinds', 'statuses', 'enterpriseId', 'enterpriseIds'],
    };
    for (const [filter, names] of Object.entries(expected)) {
      const type = schema.getType(filter);
      if (!isInputObjectType(type)) throw new Error(filter);
      expect(names.filter((n) => !type.getFields()[n])).toEqual([]);
      expect(String(type.getFields().months.type)).toBe('[String!]');
    }
  });

  it('count rows are { key: <enum>!, label, count } and ratios end in Rate', () => {
    for (const row of ['CategoryCount', 'AllianceMembershipCount', 'NeedCategoryCount', 'SeverityCount', 'OfficerCoverageCount']) {
      const type = schema.getType(row);
      if (!isObjectType(type)) throw new Error(row);
      const { key, label, count } = type.getFields();
      expect([row, isNonNullType(key?.type) && isEnumType(key.type.ofType), String(label?.type), String(count?.type)]).toEqual([row, true, 'String!', 'Int!']);
      // the other fields are the deprecated old names of the key
      const others = Object.values(type.getFields()).filter((f) => !['key', 'label', 'count'].includes(f.name));
      expect(others.filter((f) => !f.deprecationReason).map((f) => f.name)).toEqual([]);
    }
    const shares = fields.filter(([, f]) => /Share$|Ratio$|Percent/.test(f.name)).map(([t, f]) => `${t}.${f.name}`);
    expect(shares).toEqual([]);
    const rates = fields.filter(([, f]) => f.name.endsWith('Rate'));
    expect(rates.length).toBeGreaterThanOrEqual(8);
    expect(rates.filter(([, f]) => getNamedType(f.type).name !== 'Float').map(([t, f]) => `${t}.${f.name}`)).toEqual([]);
  });

  it('has an aggregate per main entity: filter, groupBy = [], timeBucket = MONTH', () => {
    const query = schema.getQueryType()!.getFields();
    for (const entity of ['enterprise', 'serviceNeed', 'riskAlert', 'advantageResource']) {
      const field = query[`${entity}Aggregate`];
      expect(field).toBeDefined();
      const args = Object.fromEntries(field.args.map((a) => [a.name, a]));
      const Entity = entity[0].toUpperCase() + entity.slice(1);
      expect(String(args.filter.type)).toBe(`${Entity}Filter`);
      expect([String(args.groupBy.type), args.groupBy.defaultValue]).toEqual([`[${Entity}Dimension!]!`, []]);
      expect([String(args.timeBucket.type), args.timeBucket.defaultValue]).toEqual(['TimeBucket', 'MONTH']);
      expect(String(field.type)).toBe(`${Entity}Aggregate!`);
    }
  });
});
