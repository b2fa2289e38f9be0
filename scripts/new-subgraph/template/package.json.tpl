{
  "name": "@pecg/__name__",
  "version": "0.1.0",
  "private": true,
  "description": "__Name__ subgraph, owned by __owner__.",
  "main": "src/index.ts",
  "types": "src/index.ts",
  "scripts": {
    "start": "tsx src/main.ts",
    "test": "jest",
    "typecheck": "tsc --noEmit -p ."
  },
  "dependencies": {
    "@pecg/common": "0.1.0",
    "@pecg/demo": "0.1.0",
    "graphql": "__graphqlVersion__",
    "mongoose": "__mongooseVersion__"
  },
  "devDependencies": {
    "@pecg/graph-tools": "0.1.0",
    "@pecg/testing": "0.1.0"
  }
}
