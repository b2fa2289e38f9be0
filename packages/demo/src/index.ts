/**
 * @pecg/demo — demo and benchmark fixtures shared by the subgraphs' seeds and the benchmark:
 * deterministic ids (the same enterprise id in every subgraph), fictional people, and bulk loading.
 */
export * from './ids';
export * from './roster';
export * from './people';
export * from './bulk';
