/**
 * @pecg/embedded-db — the embedded MongoDB-compatible database for development, tests and the
 * benchmark: installing it (Maven + javac), starting and stopping it, and reading its counters.
 * Used by scripts and tests only; no subgraph or gateway runtime imports it.
 */
export * from './lib/install';
export * from './lib/launch';
export * from './lib/counters';
