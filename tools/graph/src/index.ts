/**
 * @pecg/graph-tools — development tooling for the whole graph: composition of the registered
 * subgraphs, the schema check, and the whole-graph test harness. The gateway does not depend on it.
 */
export * from './subgraphs';
export * from './composition';
export * from './schema-check';
export * from './schema-lint';
export * from './testing';
export * from './hive';
