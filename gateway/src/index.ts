import './telemetry';

/** The gateway runtime: it serves a composed supergraph and loads no subgraph code. */
export * from './gateway';
export * from './supergraph';
export * from './telemetry';
export * from './limits-config';
export * from './limits';
export * from './auth';
export * from './lru';
export { dashboardRouter } from './dashboard';
export { ideRouter } from './ide';
