import { composeServices } from '@apollo/composition';
import { buildSchema, parse } from 'graphql';
import { apiSchemaOf, checkSchemas, compareApiSchemas, formatReport, subgraphsWithoutOwner } from '../../src/schema-check';
import { readCommittedSupergraph } from '../../src/composition';
import { SUBGRAPH_NAMES } from '@pecg/registry';

/** `npm run schema:check`: composition errors, owners, and breaking changes for clients. */
const BEFORE = `
  "Q" type Query { "e" enterprise(id: ID!): Enterprise "l" enterprises(first: Int): [Enterprise!]! }
  "E" type Enterprise { id: ID! name: String! creditCode: String phone: String category: Category! }
  "C" enum Category { ABOVE_SCALE SMALL MICRO }
`;

function subgraph(name: string, sdl: string) {
  return {
    name,
    url: `http://127.0.0.1:1/${name}`,
    typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])\n${sdl}`),
  };
}

describe('schema check', () => {
  it('lists removed and renamed fields, type changes, tightened nullability and removed enum values as breaking', async () => {
    const after = BEFORE.replace('creditCode: String', 'creditCodes: [String]') // renamed (removed + added)
      .replace('name: String!', 'name: Int!') // type changed
      .replace('phone: String category', 'phone: String! category') // (output made non-null: safe)
      .replace('enterprise(id: ID!)', 'enterprise(id: ID!, scope: String!)') // new required argument
      .replace('enterprises(first: Int)', 'enterprises(first: Int!)') // argument nullability tightened
      .replace(' MICRO', ''); // enum value removed
    const { breaking, safe } = await compareApiSchemas(buildSchema(BEFORE), buildSchema(after));
    const messages = breaking.map((c) => c.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Field 'creditCode' was removed from object type 'Enterprise'",
        "Field 'Enterprise.name' changed type from 'String!' to 'Int!'",
        "Enum value 'MICRO' was removed from enum 'Category'",
        expect.stringMatching(/Argument 'scope: String!' .*added to field 'Query.enterprise'/),
        expect.stringMatching(/Type for argument 'first' on field 'Query.enterprises' changed from 'Int' to 'Int!'/),
      ]),
    );
    expect(messages).toHaveLength(5);
    expect(safe.map((c) => c.message)).toEqual(expect.arrayContaining(["Field 'creditCodes' was added to object type 'Enterprise'"]));
  });

  it('treats a non-null output field becoming nullable as breaking (nullability loosened for readers)', async () => {
    const { breaking } = await compareApiSchemas(buildSchema(BEFORE), buildSchema(BEFORE.replace('id: ID! name', 'id: ID name')));
    expect(breaking.map((c) => c.message)).toEqual(["Field 'Enterprise.id' changed type from 'ID!' to 'ID'"]);
  });

  it('reports a breaking change against the committed supergraph and fails the check', async () => {
    const committed = readCommittedSupergraph();
    const composed = composeServices([subgraph('enterprises', 'type Query { hello: String }')]);
    expect(composed.errors).toBeUndefined();
    const report = await checkSchemas(committed, { supergraphSdl: composed.supergraphSdl, errors: [], hints: [] }, []);
    expect(report.breaking.length).toBeGreaterThan(10);
    expect(report.breaking.map((c) => c.message)).toContain("Field 'enterprise' was removed from object type 'Query'");
    const { ok, text } = formatReport(report);
    expect(ok).toBe(false);
    expect(text).toContain('BREAKING changes');
    expect(formatReport(report, true).ok).toBe(true);
  });

  it('passes when nothing changed for clients, and fails on composition errors and missing owners', async () => {
    const committed = readCommittedSupergraph();
    const same = await checkSchemas(committed, { supergraphSdl: committed, errors: [], hints: [] }, []);
    expect({ breaking: same.breaking.length, dangerous: same.dangerous.length, safe: same.safe.length, unchanged: same.unchanged }).toEqual({
      breaking: 0,
      dangerous: 0,
      safe: 0,
      unchanged: true,
    });
    expect(formatReport(same).ok).toBe(true);

    const conflicting = composeServices([
      subgraph('a', 'type Query { a: String } type Thing @shareable { id: ID! }'),
      subgraph('b', 'type Query { b: String } type Thing @shareable { id: String! }'),
    ]);
    expect(conflicting.errors?.length).toBeGreaterThan(0);
    const failed = await checkSchemas(committed, { errors: conflicting.errors!.map((e) => e.message), hints: [] }, []);
    expect(formatReport(failed)).toMatchObject({ ok: false, text: expect.stringContaining('Composition errors (1)') });

    const ownerless = await checkSchemas(committed, { supergraphSdl: committed, errors: [], hints: [] }, ['approvals']);
    expect(formatReport(ownerless)).toMatchObject({ ok: false, text: expect.stringContaining('Subgraphs without an owner (@contact) (1)') });
  });

  it('finds every subgraph schema naming its owner with @contact', () => {
    expect(subgraphsWithoutOwner()).toEqual([]);
    expect(subgraphsWithoutOwner(() => 'type Query { a: String }')).toEqual([...SUBGRAPH_NAMES]);
  });

  it('computes the client-facing API schema of the committed supergraph (no join machinery)', () => {
    const api = apiSchemaOf(readCommittedSupergraph());
    expect(api.getQueryType()?.getFields().enterprise).toBeDefined();
    expect(api.getDirective('join__field')).toBeUndefined();
  });
});
