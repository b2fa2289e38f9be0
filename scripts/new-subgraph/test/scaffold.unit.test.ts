import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { pluralOf, render, renderedFiles, resolveOptions, withRegistryEntry } from '../scaffold';

const REGISTRY_SOURCE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'packages', 'registry', 'src', 'index.ts'), 'utf8');

describe('new-subgraph scaffold', () => {
  const resolved = resolveOptions({ name: 'harbour-watch', owner: '港口治安联勤室', entity: 'LostPersonCase', label: '走失人员查找' }, SUBGRAPH_REGISTRY);

  it('derives names, the next free port and the database from the registry', () => {
    expect(resolved).toMatchObject({
      plural: 'lostPersonCases',
      port: Math.max(...SUBGRAPH_REGISTRY.map((e) => e.port)) + 1,
      database: 'pecg_harbour_watch',
    });
    expect(resolved.tokens).toMatchObject({
      __Name__: 'HarbourWatch',
      __nameCamel__: 'harbourWatch',
      __ENTITY__: 'LOST_PERSON_CASE',
      __Entities__: 'LostPersonCases',
      __module__: 'lost-person-case',
      __collection__: 'lost_person_cases',
    });
    expect(render('__ENTITY___STATUSES __Entity__Doc __entity__ById', resolved.tokens)).toBe('LOST_PERSON_CASE_STATUSES LostPersonCaseDoc lostPersonCaseById');
    expect(['Device', 'Patrol', 'Inquiry', 'Box', 'Match'].map(pluralOf)).toEqual(['Devices', 'Patrols', 'Inquiries', 'Boxes', 'Matches']);
  });

  it('renders every template with no token left', () => {
    const files = renderedFiles(resolved, { __graphqlVersion__: '^16.11.0', __mongooseVersion__: '8.24.10' });
    expect(files.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'package.json',
        'src/schema/lost-person-case/lost-person-case.graphql',
        'src/schema/lost-person-case/resolvers/Query/lostPersonCases.ts',
      ]),
    );
    for (const [file, content] of files) expect({ file, left: content.match(/__[A-Za-z_]+__/g) ?? [] }).toEqual({ file, left: [] });
  });

  it('appends the entry to the registry list', () => {
    const source = withRegistryEntry(REGISTRY_SOURCE, resolved);
    expect(source).toContain(`    name: 'harbour-watch',\n    package: '@pecg/harbour-watch',\n    directory: 'subgraphs/harbour-watch',`);
    expect(source.indexOf("name: 'harbour-watch'")).toBeGreaterThan(source.indexOf("name: 'community-safety'"));
    expect(() => withRegistryEntry('export const X = [];', resolved)).toThrow(/list end/);
  });

  it('refuses bad options, naming the option and the value', () => {
    const bad = (options: Partial<Parameters<typeof resolveOptions>[0]>) => () =>
      resolveOptions({ name: 'night-market', owner: '夜市管理办', ...options } as Parameters<typeof resolveOptions>[0], SUBGRAPH_REGISTRY);
    expect(bad({ name: 'mediation' })).toThrow('name: "mediation" is already a registered subgraph');
    expect(bad({ name: '-x' })).toThrow(/name: "-x" must be lower-case/);
    expect(bad({ owner: ' ' })).toThrow(/--owner: the owning department is required/);
    expect(bad({ owner: 'a"b' })).toThrow(/must not contain quotes/);
    expect(bad({ entity: 'device' })).toThrow(/--entity: "device" must be a PascalCase/);
    expect(bad({ entity: 'Enterprise' })).toThrow(/shared type/);
    expect(bad({ port: SUBGRAPH_REGISTRY[0].port })).toThrow(`--port: ${SUBGRAPH_REGISTRY[0].port} is taken by ${SUBGRAPH_REGISTRY[0].name}`);
    expect(bad({ database: SUBGRAPH_REGISTRY[0].database })).toThrow(/is used by another subgraph/);
  });
});
