import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';

/**
 * The one graph documents itself for the frontend teams and analysts who read it in the IDE: every
 * type, field, argument and input field of the composed supergraph has a description, and every
 * enum value starts with its Chinese label.
 */
const supergraph = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const isOwn = (t: GraphQLNamedType) => !BUILT_IN.has(t.name) && !t.name.startsWith('__') && !/^(join|link)__/.test(t.name);
const own = Object.values(supergraph.getTypeMap()).filter(isOwn);

describe('supergraph documentation', () => {
  it('describes every type, field, argument and input field', () => {
    const missing: string[] = [];
    for (const type of own) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(own.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('gives every enum value its Chinese label', () => {
    const enums = own.filter(isEnumType);
    const unlabelled = enums.flatMap((e) =>
      e
        .getValues()
        .filter((v) => !/^[\p{Script=Han}“]/u.test(v.description ?? ''))
        .map((v) => `${e.name}.${v.name}: ${v.description ?? '(none)'}`),
    );
    expect(enums.length).toBeGreaterThan(20);
    expect(unlabelled).toEqual([]);
  });
});
