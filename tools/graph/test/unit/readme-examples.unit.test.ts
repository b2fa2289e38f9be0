import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, validate } from 'graphql';
import { readCommittedSupergraph } from '../../src/composition';
import { REPO_ROOT } from '../../src/subgraphs';

/** Every ```graphql example in the README and docs/ is a valid operation of the committed supergraph (analysts copy them). */
describe('documented GraphQL examples', () => {
  const schema = buildASTSchema(parse(readCommittedSupergraph()), { assumeValid: true, assumeValidSDL: true });
  const files = [
    'README.md',
    ...fs
      .readdirSync(path.join(REPO_ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join('docs', f)),
  ];
  const examples = files.flatMap((file) =>
    [...fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
      .map((m, i) => ({ file, i, source: m[1] }))
      // operations only (schema excerpts in the conventions are SDL)
      .filter((e) => /^\s*(query|mutation|subscription|fragment|\{)/.test(e.source.replace(/^\s*#.*$/gm, ''))),
  );

  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((e) => [`${e.file} #${e.i + 1}`, e.source] as const))('%s validates against the supergraph', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });
});
