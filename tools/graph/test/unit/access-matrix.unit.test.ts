import { buildSchema, parse } from 'graphql';
import { budgetFor, checkQueryLimits } from '@pecg/gateway';
import type { Caller } from '@pecg/common';
import {
  AccessMatrix,
  AnswerChecker,
  callArguments,
  enterpriseScopedTypes,
  enumeratePaths,
  findRevealSites,
  pathText,
  piiFields,
  revealSitesOf,
  schemaFieldOfRevealSite,
  type CheckContext,
  type RootCall,
} from '../../src/access-matrix';
import { apiSchemaOf } from '../../src/schema-check';
import { composeSupergraph } from '../../src/composition';

/** The generated access matrix without a running graph: what it derives from a schema and the subgraphs' sources, and how it judges answers. */
const SDL = `
  type Query {
    enterprise(id: ID!): Enterprise
    enterprises(first: Int): EnterpriseConnection!
    officers: [PoliceOfficer!]!
    registrations(first: Int): RegistrationConnection!
  }
  type EnterpriseConnection { edges: [EnterpriseEdge!]! totalCount: Int! pageInfo: PageInfo! }
  type EnterpriseEdge { cursor: String! node: Enterprise! }
  type RegistrationConnection { edges: [RegistrationEdge!]! totalCount: Int! pageInfo: PageInfo! }
  type RegistrationEdge { cursor: String! node: Registration! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Enterprise { id: ID! name: String! contacts: [Contact!]! officer: PoliceOfficer registrations(first: Int): [Registration!]! createdBy: ActorStamp! }
  type Contact { name: String phone: String }
  type PoliceOfficer { id: ID! name: String! phone: String enterprises: [Enterprise!]! }
  type Registration { id: ID! enterprise: Enterprise! personName: String! activity: Activity registered: ActorStamp! }
  type Activity { id: ID! title: String! registrations(first: Int): RegistrationConnection! }
  type ActorStamp { subject: String! role: String! name: String }
`;
const schema = buildSchema(SDL);

const SOURCES = new Map<string, string>([
  [
    'subgraphs/x/src/schema/Contact.ts',
    `export const Contact = {\n  name: (c, _a, { pii }) => pii.reveal('NAME', c.name, 'Enterprise', c.enterpriseId, \`contacts.\${c.index}.name\`, c.enterpriseId),\n  phone: (c, _a, { pii }) => pii.reveal('PHONE', c.phone, 'Enterprise', c.enterpriseId, 'contacts.phone'),\n};`,
  ],
  [
    'subgraphs/x/src/schema/Registration.ts',
    `export const Registration = {\n  personName: (r, _a, { pii }) => personName(pii, r.personName, r._id, 'personName'),\n  registered: (r, _a, { pii }) => pii.revealStamp(r.registered, r._id, 'registered'),\n};`,
  ],
  [
    'subgraphs/x/src/people.ts',
    `export function personName(pii: PiiGate, name: string, id: string, field: string) {\n  return pii.reveal('NAME', name, 'Registration', id, field);\n}`,
  ],
  [
    'subgraphs/x/src/schema/PoliceOfficer.ts',
    `export const PoliceOfficer = {\n  phone: (o, _a, { pii }) => pii.reveal(KIND, o.phone, 'PoliceOfficer', o._id, 'phone'),\n};`,
  ],
]);

describe('access matrix: derived from the schema and the sources', () => {
  it('reads call arguments across nesting, strings and templates', () => {
    const source = `f(a(1, 2), 'x, y', \`t\${b(c, d)}\`, { k: [1, 2] })`;
    expect(callArguments(source, 1).args).toEqual(['a(1, 2)', "'x, y'", '`t${b(c, d)}`', '{ k: [1, 2] }']);
  });

  it('finds reveal sites: direct calls, calls of a helper passing its parameters on, revealStamp; an unreadable call stays unmapped', () => {
    const sites = revealSitesOf(SOURCES);
    const mapped = sites.map((s) => ({
      site: `${s.file.split('/').pop()}:${s.line}`,
      kind: s.kind,
      entity: s.entity,
      target: schemaFieldOfRevealSite(schema, s),
    }));
    expect(mapped).toEqual(
      expect.arrayContaining([
        { site: 'Contact.ts:2', kind: 'NAME', entity: 'Enterprise', target: { type: 'Contact', field: 'name' } },
        { site: 'Contact.ts:3', kind: 'PHONE', entity: 'Enterprise', target: { type: 'Contact', field: 'phone' } },
        { site: 'Registration.ts:2', kind: 'NAME', entity: 'Registration', target: { type: 'Registration', field: 'personName' } },
        { site: 'Registration.ts:3', kind: 'NAME', entity: 'ActorStamp', target: { type: 'ActorStamp', field: 'name' } },
      ]),
    );
    const { fields, unmapped } = piiFields(schema, sites);
    expect(unmapped.map((s) => s.call)).toEqual(["reveal(KIND, o.phone, 'PoliceOfficer', o._id, 'phone')"]);
    // PoliceOfficer.phone is still PII (found by its name) though its reveal call cannot be read
    expect(fields.map((f) => `${f.type}.${f.field}:${f.source}`)).toEqual([
      'ActorStamp.name:reveal',
      'Contact.name:reveal',
      'Contact.phone:reveal',
      'PoliceOfficer.phone:name',
      'Registration.personName:reveal',
    ]);
  });

  it('enterprise-scoped types: Enterprise and every type naming its enterprise', () => {
    expect([...enterpriseScopedTypes(schema).keys()]).toEqual(['Enterprise', 'Registration']);
  });

  it('enumerates every path to a scoped type or PII field, no field twice on a path, prefixes included', () => {
    const scoped = enterpriseScopedTypes(schema);
    const { fields } = piiFields(schema, revealSitesOf(SOURCES));
    const paths = enumeratePaths(schema, scoped, fields, { maxSteps: 3 }).map((p) => pathText(p.steps));
    expect(paths).toEqual(
      expect.arrayContaining([
        'enterprise',
        'enterprise.contacts',
        'officers.enterprises',
        'officers.enterprises.registrations',
        'registrations.activity.registrations',
      ]),
    );
    expect(paths).not.toContain('registrations.enterprise.registrations.enterprise');
    for (const p of enumeratePaths(schema, scoped, fields, { maxSteps: 3 })) {
      const keys = p.steps.map((s) => `${s.parent}.${s.field}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('access matrix: judging answers', () => {
  const E1 = 'e1e1e1e1e1e1e1e1e1e1e1e1';
  const E2 = 'e2e2e2e2e2e2e2e2e2e2e2e2';
  const matrix = new AccessMatrix(schema, undefined, { revealSites: revealSitesOf(SOURCES), maxSteps: 3 });
  const run = (caller: Caller, data: Record<string, unknown>, clearValues = new Map<string, string>()) => {
    const ctx: CheckContext = {
      caller,
      clearValues,
      owners: new Map([[`Registration:r2`, [E2]]]),
      findings: [],
      counts: { objects: 0, values: 0, pii: new Map() },
    };
    const { operations } = matrix.pack(new Map([['enterprise', [{ field: 'enterprise', args: `(id: "${E1}")`, alias: 'enterprise_own' }]]]), () => undefined);
    const checker = new AnswerChecker(matrix, ctx);
    for (const op of operations) checker.checkData(op, data);
    return ctx.findings;
  };

  it('an ENTERPRISE caller: an Enterprise of another tenant, and a record owned by another tenant (by the ADMIN census), are leaks', () => {
    const findings = run(
      { role: 'ENTERPRISE', subject: 's', enterpriseId: E1 },
      {
        officers: [{ id: 'o1', enterprises: [{ id: E2, name: 'other' }] }],
        registrations: { totalCount: 1, edges: [{ node: { id: 'r2', personName: '张*', enterprise: { id: E2 } } }] },
      },
    );
    expect(findings.map((f) => `${f.kind} ${f.path}`)).toEqual([
      'foreign-enterprise officers[0].enterprises[0]',
      'foreign-record registrations[0]',
      'foreign-enterprise registrations[0].enterprise',
    ]);
  });

  it('PII: masked where PII_POLICY says so, clear where it says so (own people for ENTERPRISE), compared with the clear value ADMIN got', () => {
    const clearValues = new Map<string, string>();
    const admin = { enterprise_own: { id: E1, name: 'own', contacts: [{ name: '张三', phone: '13812345678' }] } };
    expect(run({ role: 'ADMIN', subject: 'a' }, admin, clearValues)).toEqual([]);
    expect(clearValues.get(`Enterprise:${E1}/contacts.0.phone`)).toBe('13812345678');
    // ENTERPRISE sees its own contacts in the clear: a masked one is wrong
    const own = run(
      { role: 'ENTERPRISE', subject: 's', enterpriseId: E1 },
      { enterprise_own: { id: E1, name: 'own', contacts: [{ name: '张*', phone: '13812345678' }] } },
      clearValues,
    );
    expect(own.map((f) => `${f.kind} ${f.path}`)).toEqual(['pii-masked-wrongly enterprise_own.contacts[0].name']);
    // ANALYST gets them masked: a clear one is a leak
    const analyst = run(
      { role: 'ANALYST', subject: 'n' },
      { enterprise_own: { id: E1, name: 'own', contacts: [{ name: '张*', phone: '13812345678' }] } },
      clearValues,
    );
    expect(analyst.map((f) => `${f.kind} ${f.path}`)).toEqual(['pii-in-clear enterprise_own.contacts[0].phone']);
  });

  it("an ActorStamp's name follows Staff, or Enterprise (own people clear) when an ENTERPRISE user acted", () => {
    const data = (role: string) => ({
      registrations: { totalCount: 1, edges: [{ node: { id: 'r1', personName: '李四', enterprise: { id: E1 }, registered: { role, name: '李四' } } }] },
    });
    const caller: Caller = { role: 'ENTERPRISE', subject: 's', enterpriseId: E1 };
    expect(run(caller, data('ENTERPRISE'))).toEqual([]);
    expect(run(caller, data('POLICE')).map((f) => f.kind)).toEqual(['pii-in-clear']);
  });
});

describe('access matrix of the composed supergraph', () => {
  const composed = composeSupergraph();
  const sdl = composed.supergraphSdl!;
  const api = apiSchemaOf(sdl);
  const matrix = new AccessMatrix(api, sdl);

  it('maps every reveal site of the subgraphs onto a schema field (a new, unreadable site fails here)', () => {
    expect(findRevealSites().length).toBeGreaterThan(0);
    expect(matrix.unmappedRevealSites.map((s) => `${s.file}:${s.line} ${s.call}`)).toEqual([]);
  });

  it('takes every field that leads to an enterprise-scoped type or a PII-holding type on some path, and packs every path within the gateway budget', () => {
    expect(matrix.scoped.has('Enterprise')).toBe(true);
    expect(matrix.uncoveredFields()).toEqual([]);
    const budget = budgetFor('ENTERPRISE');
    // root fields taking an id are asked twice (a record of the caller's enterprise, one of another): placeholders here
    const calls = new Map<string, RootCall[]>();
    for (const field of Object.values(api.getQueryType()!.getFields())) {
      const required = field.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
      if (required.length === 0) continue;
      const args = `(${required.map((a) => `${a.name}: "000000000000000000000000"`).join(', ')})`;
      calls.set(field.name, [
        { field: field.name, args, alias: `${field.name}_own` },
        { field: field.name, args, alias: `${field.name}_other` },
      ]);
    }
    const { operations, overBudget } = matrix.pack(
      calls,
      (text) => checkQueryLimits({ schema: api, document: parse(text), source: text, budget, role: 'ENTERPRISE' })?.message,
    );
    expect(overBudget).toEqual([]);
    expect(operations.reduce((n, o) => n + o.paths.length, 0)).toBe(matrix.paths.reduce((n, p) => n + (calls.get(p.steps[0].field)?.length ?? 1), 0));
  });
});
