export * from './holidays';
export * from './working-days';
export * from './notice';
