/** Test helpers (real database, real HTTP): import from '@pecg/common/testing'. */
export * from './src/testing';
