import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Connection } from 'mongoose';
import { subgraphTypeDefs } from '@pecg/common';
import { demoId } from '@pecg/demo';
import { SUBGRAPH_NAMES } from '@pecg/registry';
import { startTestSubgraph, type TestCaller, type TestSubgraph } from '@pecg/testing';
import { subgraphDefinition } from '../src/subgraphs';

/**
 * Fuzzing every mutation of every subgraph (the list is read from each subgraph's SDL, so a new
 * mutation is covered without editing this file): fast-check builds variables from the argument
 * types — control characters, unicode and emoji, very long strings, huge and fractional numbers,
 * malformed and unknown ids and dates, wrong types — and sends them to the real subgraph on the real
 * database (demo data loaded, so many ids exist). Every answer must be a typed refusal or a success:
 * never INTERNAL_SERVER_ERROR or an HTTP 5xx; a refusal leaves the database as it was (document count
 * and version sum of every collection), and a BAD_USER_INPUT or NOT_FOUND refusal names the argument
 * (`extensions.field` or the argument's name in the message). A failure prints fast-check's seed and
 * path for replay.
 */

/** Runs per mutation; `FUZZ_RUNS=200 npx jest tools/graph/test/fuzz.test.ts` searches longer (a failure prints the seed to replay). */
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 6);
/** Typed refusals a fuzzed call may get. */
const REFUSALS = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'ILLEGAL_STATE_TRANSITION', 'FORBIDDEN', 'PRECONDITION_FAILED'];
/** Refusals that are about an argument's value, so must name it. */
const NAMES_THE_FIELD = ['BAD_USER_INPUT', 'NOT_FOUND'];
/** Collections a refused call may legitimately write to (audit trails of the call itself, idempotency records) or that change on their own (job records). */
const AUDIT_COLLECTIONS = /audit|denial|idempotenc|scheduled_jobs/i;

const DEMO_KINDS = [
  'enterprise',
  'officer',
  'venue',
  'activity',
  'registration',
  'approval-item',
  'application',
  'supervision-case',
  'dispute',
  'assignment',
  'service-need',
  'risk-alert',
  'evaluation',
];
const demoIds = DEMO_KINDS.flatMap((kind) => [1, 2, 3].map((n) => demoId(kind, n).toHexString()));

const hostileStrings = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 12 }),
  fc.integer({ min: 50, max: 5_000 }).map((n) => '长'.repeat(n)),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u200b',
    '👮‍♀️🚓🏭',
    'a'.repeat(100_000),
    '{"$gt":""}',
    '$where',
    '<script>alert(1)</script>',
    "'; DROP TABLE x; --",
    '测试企业有限公司',
    '13800001111',
    '91350100M000100Y43',
  ),
);
const ids = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...demoIds) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9a-f]{24}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'not-an-id', '0'.repeat(25), 'ZZZZZZZZZZZZZZZZZZZZZZZZ', '{"$ne":null}', demoIds[0].toUpperCase()) },
  { weight: 1, arbitrary: hostileStrings },
);
const ints = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 12 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21, 1.5, -0, 2 ** 53 + 2) },
);
const floats = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e308, -1e308, 5e-324, 0.1, 3));
const validDateTimes = fc
  .date({ noInvalidDate: true, min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z') })
  .map((d) => d.toISOString());
const validDates = validDateTimes.map((d) => d.slice(0, 10));
const dateTimes = fc.oneof(
  validDateTimes,
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2024-02-30T00:00:00Z', '2024-13-01T00:00:00+08:00', 'not a date', '0000-01-01T00:00:00Z', '2024-01-01', '1e99', '', '2024-06-01T25:61:00Z'),
  fc.integer(),
);
const dates = fc.oneof(
  validDates,
  fc.constantFrom('2024-02-30', '2024-00-10', '20240101', '9999-12-31', '+275760-09-13', '', 'yesterday', '2024-01-01T00:00:00Z'),
  fc.integer(),
);
const wrongType = fc.constantFrom<unknown>({}, [], 12345, 'x', true, null, { $gt: '' }, [[1]]);

/**
 * Values for a GraphQL input type. `wellTyped`: every value has the declared type (32-bit ints, known
 * enum values, well-formed dates; strings and ids as hostile as they come), so the call reaches the
 * subgraph's own validation; otherwise also out-of-range numbers, unknown enum values, malformed dates
 * and values of another type, which GraphQL's variable coercion refuses.
 */
function valuesOf(type: GraphQLInputType, wellTyped: boolean, depth = 0): fc.Arbitrary<unknown> {
  const typed = typedValuesOf(type, wellTyped, depth);
  return wellTyped ? typed : fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

function typedValuesOf(type: GraphQLInputType, wellTyped: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valuesOf(type.ofType, wellTyped, depth);
  if (depth > 4) return fc.constant(null);
  if (isListType(type)) return fc.array(valuesOf(type.ofType, wellTyped, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) {
    const known = fc.constantFrom(...type.getValues().map((v) => v.name));
    return wellTyped ? known : fc.oneof({ weight: 6, arbitrary: known }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valuesOf(f.type, wellTyped, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return ids;
    case 'String':
      return hostileStrings;
    case 'Int':
      return wellTyped ? fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -3, max: 12 }) }, { weight: 1, arbitrary: fc.integer() }) : ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return wellTyped ? validDateTimes : dateTimes;
    case 'Date':
      return wellTyped ? validDates : dates;
    default:
      return fc.oneof(hostileStrings, ints);
  }
}

/** The mutation names in a subgraph's SDL (type Mutation and its extensions). */
function mutationNames(typeDefs: DocumentNode): string[] {
  return typeDefs.definitions.flatMap((d) =>
    (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Mutation'
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const decls = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${decls ? `(${decls})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

async function snapshot(connection: Connection): Promise<Record<string, { n: number; versions: number }>> {
  const out: Record<string, { n: number; versions: number }> = {};
  const collections = await connection.db!.listCollections({}, { nameOnly: true }).toArray();
  for (const { name } of collections.sort((a, b) => a.name.localeCompare(b.name))) {
    if (AUDIT_COLLECTIONS.test(name) || name.startsWith('system.')) continue;
    const [row] = await connection
      .db!.collection(name)
      .aggregate([{ $group: { _id: null, n: { $sum: 1 }, versions: { $sum: '$version' } } }])
      .toArray();
    out[name] = { n: row?.n ?? 0, versions: row?.versions ?? 0 };
  }
  return out;
}

const callers: fc.Arbitrary<TestCaller> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<TestCaller>('ADMIN') },
  { weight: 1, arbitrary: fc.constantFrom<TestCaller>('POLICE', { role: 'ENTERPRISE', enterpriseId: demoId('enterprise', 1).toHexString() }, 'MEDIATOR') },
);

describe.each(SUBGRAPH_NAMES.map((name) => [name]))('fuzzing every mutation of %s', (name) => {
  const definition = subgraphDefinition(name);
  const mutations = mutationNames(subgraphTypeDefs(definition));
  let sg: TestSubgraph<any>;
  let connection: Connection;
  let state: Record<string, { n: number; versions: number }>;
  beforeAll(async () => {
    sg = await startTestSubgraph(definition as never, { seed: true });
    connection = (Object.values(sg.models as Record<string, { db: Connection }>)[0] as { db: Connection }).db;
    state = await snapshot(connection);
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('lists its mutations from the SDL', () => {
    expect(mutations.length).toBeGreaterThan(0);
  });

  it.each(mutations.map((m) => [m]))('%s: typed refusals naming the field, no 500, no partial write', async (mutation) => {
    const field = sg.schema.getMutationType()!.getFields()[mutation];
    const query = operationOf(field);
    const argNames = field.args.map((a) => a.name);
    const variablesOf = (wellTyped: boolean) =>
      fc.record(Object.fromEntries(field.args.map((a) => [a.name, valuesOf(a.type, wellTyped)])), {
        requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
      });
    const variables = fc.oneof({ weight: 3, arbitrary: variablesOf(true) }, { weight: 1, arbitrary: variablesOf(false) });
    await fc.assert(
      fc.asyncProperty(variables, callers, async (vars, caller) => {
        const response = await sg.query(query, vars, caller);
        expect(response.status).toBeLessThan(500);
        const errors = response.errors ?? [];
        const codes = errors.map((e) => e.extensions?.code as string);
        expect(codes.filter((c) => !REFUSALS.includes(c))).toEqual([]);
        const after = await snapshot(connection);
        const refused = errors.length > 0 && (response.data?.[mutation] ?? null) === null;
        if (refused) {
          expect(after).toEqual(state);
          for (const error of errors) {
            if (!NAMES_THE_FIELD.includes(error.extensions?.code as string)) continue;
            const named = typeof error.extensions?.field === 'string' || argNames.some((a) => new RegExp(`\\b${a}\\b`).test(error.message));
            expect({ message: error.message, namesTheField: named }).toEqual({ message: error.message, namesTheField: true });
          }
        }
        state = after;
      }),
      { numRuns: RUNS_PER_MUTATION, endOnFailure: true },
    );
  });
});
