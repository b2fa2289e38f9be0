import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/**
 * The analysts' contract (docs/CONVENTIONS.md, "The analysts' contract") as checks over the composed
 * supergraph: each returns the names of what breaks a rule, with the rule. Deprecated fields are old
 * names kept for one release and are not checked. `lintSupergraph(sdl)` → [] when the graph keeps the
 * contract.
 */

export const PAGE_SIZE_DEFAULT = 20;

/**
 * Lists that are not pages of records and so take no `first`: small reference lists read whole, each
 * with why. Anything else that returns records takes `first`.
 */
export const WHOLE_LISTS: Record<string, string> = {
  'Query.venues': 'the meeting rooms of the park (a handful, reference data)',
  'Query.approvalItems': 'the catalogue of approval items (a fixed, short list)',
  'Query.serviceMeasures': 'the service measures of the catalogue (fixed)',
  'Query.holidayCalendars': 'the loaded calendar years',
  'Query.communities': 'the communities of the district (reference data)',
  'Query.patrolRoutes': 'the patrol routes of the community (reference data)',
  'Community.grids': 'the grids of one community (a handful)',
  'ApprovalItem.coveredByMeasures': 'the service measures covering one catalogue item (fixed)',
  'ServiceMeasure.items': 'the catalogue items one measure covers (fixed)',
  'ResourceMatch.enterprises': 'the two sides of one match: the offering enterprise and the one with the need',
};

const ROOT = new Set(['Query', 'Mutation', 'Subscription']);

/** Object types that are records: they have an `id: ID!`. */
function isRecordType(type: GraphQLType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const id = named.getFields().id;
  return !!id && String(id.type) === 'ID!';
}

function listOf(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

function isConnection(type: GraphQLType): boolean {
  return getNamedType(type).name.endsWith('Connection') && !listOf(type);
}

function firstDefault(field: GraphQLField<unknown, unknown>): unknown {
  return field.args.find((a) => a.name === 'first')?.defaultValue;
}

function checkLists(schema: GraphQLSchema, out: string[]): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation' || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields())) {
      if (field.deprecationReason || field.name.startsWith('_')) continue;
      const where = `${type.name}.${field.name}`;
      const leadsToRecords = isConnection(field.type) || (listOf(field.type) && isRecordType(field.type));
      if (!leadsToRecords || WHOLE_LISTS[where]) continue;
      const args = new Set(field.args.map((a) => a.name));
      if (!args.has('first')) {
        out.push(`${where}: a list of records takes first (default ${PAGE_SIZE_DEFAULT}, at most 100)`);
      } else if (firstDefault(field) !== PAGE_SIZE_DEFAULT) {
        out.push(
          `${where}: first defaults to ${PAGE_SIZE_DEFAULT} (written in the SDL: first: Int = ${PAGE_SIZE_DEFAULT}), not ${String(firstDefault(field))}`,
        );
      }
      if (isConnection(field.type) && !args.has('after')) out.push(`${where}: a connection takes after`);
      if (type.name === 'Query' && isConnection(field.type)) {
        for (const needed of ['filter', 'sort']) if (!args.has(needed)) out.push(`${where}: a list takes ${needed}`);
      }
    }
  }
}

function checkFilter(type: { name: string; getFields(): Record<string, GraphQLInputField> }, out: string[]): void {
  for (const field of Object.values(type.getFields())) {
    if (field.deprecationReason) continue;
    const where = `${type.name}.${field.name}`;
    const named = getNamedType(field.type);
    if (isEnumType(named)) {
      if (!listOf(field.type)) out.push(`${where}: a condition on an enum is a plural list ([${named.name}!])`);
      else if (!/s$/.test(field.name)) out.push(`${where}: a list of ${named.name} has a plural name`);
    }
    if (/(^|[a-z])Month$|^month$/.test(field.name)) out.push(`${where}: month keys are months: [String!]`);
    if (field.name === 'months' && String(field.type) !== '[String!]') out.push(`${where}: months is [String!]`);
    if (isScalarType(named) && named.name === 'DateTime' && !/(From|Before|AsOf)$/.test(field.name)) {
      out.push(`${where}: a time range is <event>From / <event>Before`);
    }
  }
  const names = new Set(
    Object.values(type.getFields())
      .filter((f) => !f.deprecationReason)
      .map((f) => f.name),
  );
  for (const name of names) {
    const from = /^(.+)From$/.exec(name);
    if (from && !names.has(`${from[1]}Before`)) out.push(`${type.name}.${name}: has no ${from[1]}Before`);
    const before = /^(.+)Before$/.exec(name);
    if (before && !names.has(`${before[1]}From`)) out.push(`${type.name}.${name}: has no ${before[1]}From`);
  }
}

function checkStatisticsAndAggregates(schema: GraphQLSchema, out: string[]): void {
  const query = schema.getQueryType();
  if (!query) return;
  for (const field of Object.values(query.getFields())) {
    if (field.deprecationReason) continue;
    const where = `Query.${field.name}`;
    if (field.name.endsWith('Statistics') && !field.args.some((a) => a.name === 'filter')) out.push(`${where}: statistics take the list's filter`);
    if (!field.name.endsWith('Aggregate')) continue;
    const args = Object.fromEntries(field.args.map((a) => [a.name, a]));
    if (!args.filter) out.push(`${where}: an aggregate takes the list's filter`);
    const groupBy = args.groupBy;
    const dimension = groupBy ? getNamedType(groupBy.type) : undefined;
    if (!groupBy || !listOf(groupBy.type) || !dimension || !isEnumType(dimension) || !dimension.name.endsWith('Dimension')) {
      out.push(`${where}: groupBy is a list of <Entity>Dimension`);
    } else if (!dimension.getValue('TIME')) {
      out.push(`${dimension.name}: has a TIME dimension`);
    }
    if (!args.timeBucket || getNamedType(args.timeBucket.type).name !== 'TimeBucket') out.push(`${where}: takes timeBucket: TimeBucket`);
    const result = getNamedType(field.type);
    if (!isObjectType(result)) continue;
    const { groups, totals } = result.getFields();
    if (!groups || !totals || getNamedType(groups.type) !== getNamedType(totals.type)) {
      out.push(`${result.name}: has groups and totals of one group type`);
      continue;
    }
    const group = getNamedType(groups.type) as GraphQLObjectType;
    const fields = group.getFields();
    if (!fields.keys || String(fields.keys.type) !== '[AggregateKey!]!') out.push(`${group.name}.keys: is [AggregateKey!]!`);
    if (!fields.count || String(fields.count.type) !== 'Int!') out.push(`${group.name}.count: is Int!`);
  }
}

/** The types some non-deprecated field returns: a row type kept only for deprecated fields is not checked. */
function typesInUse(schema: GraphQLSchema): Set<string> {
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (!field.deprecationReason) used.add(getNamedType(field.type).name);
  }
  return used;
}

/** A count row: `{ key, label, count }`; key an enum, an ID, or a time key (String in a time row). */
function checkCountRows(schema: GraphQLSchema, out: string[]): void {
  const used = typesInUse(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ROOT.has(type.name) || !used.has(type.name)) continue;
    if (/(Group|Aggregate|Statistics|Connection|Edge)$/.test(type.name)) continue;
    const fields = Object.values(type.getFields()).filter((f) => !f.deprecationReason);
    const count = fields.find((f) => f.name === 'count');
    if (!count || String(count.type) !== 'Int!') continue;
    const dimensionLike =
      type.getFields().key || fields.some((f) => f.name !== 'count' && (isEnumType(getNamedType(f.type)) || /(^month$|^day$|Id$)/.test(f.name)));
    if (!dimensionLike) continue;
    const key = type.getFields().key;
    const label = type.getFields().label;
    if (!key || key.deprecationReason) {
      out.push(`${type.name}: a count row has key`);
    } else {
      const keyType = getNamedType(key.type);
      const timeRow = /(Month|Day|Week|Quarter|Year)Count$/.test(type.name);
      const ok =
        isNonNullType(key.type) && (isEnumType(keyType) || keyType.name === 'ID' || (keyType.name === 'String' && timeRow) || keyType.name === 'Boolean');
      if (!ok) out.push(`${type.name}.key: is the dimension's enum, an ID, or a time key in a time row (non-null), not ${String(key.type)}`);
    }
    if (!label || label.deprecationReason || String(label.type) !== 'String!') out.push(`${type.name}: a count row has label: String!`);
  }
}

function checkRates(schema: GraphQLSchema, out: string[]): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.deprecationReason) continue;
      const where = `${type.name}.${field.name}`;
      if (/(Share|Ratio|Percent|Percentage)$/.test(field.name)) out.push(`${where}: a ratio's name ends in Rate`);
      if (/Rate$/.test(field.name) && getNamedType(field.type).name !== 'Float') out.push(`${where}: a rate is a Float in [0, 1]`);
    }
  }
}

export function lintSchema(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  checkLists(schema, out);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && type.name.endsWith('Filter')) checkFilter(type, out);
  }
  checkStatisticsAndAggregates(schema, out);
  checkCountRows(schema, out);
  checkRates(schema, out);
  return [...new Set(out)].sort();
}

/** The violations of the committed (or given) supergraph SDL. */
export function lintSupergraph(supergraphSdl: string): string[] {
  return lintSchema(buildASTSchema(parse(supergraphSdl), { assumeValid: true, assumeValidSDL: true }));
}
