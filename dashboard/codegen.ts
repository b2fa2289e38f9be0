import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations of the dashboard (graphql-codegen's client preset) against the committed supergraph.
 * `npm run codegen` writes src/__generated__ (committed); `npm run generated:check` fails when it is stale.
 * Documents are plain strings (documentMode: string): no GraphQL parser in the bundle.
 */
const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  documents: ['dashboard/src/**/*.{ts,tsx}', '!dashboard/src/__generated__/**'],
  ignoreNoDocuments: false,
  generates: {
    'dashboard/src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: false,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
