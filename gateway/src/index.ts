import './telemetry';

export * from './gateway';
export * from './composition';
export * from './telemetry';
export * from './testing';
export * from './schema-check';
export * from './limits-config';
export * from './limits';
export * from './auth';
export * from './lru';
