import type { Connection, Model } from 'mongoose';
import { __entity__Schema, type __Entity__Doc } from './__module__';

export * from './__module__';

export function createModels(connection: Connection) {
  return {
    __Entity__: (connection.models.__Entity__ as Model<__Entity__Doc>) ?? connection.model<__Entity__Doc>('__Entity__', __entity__Schema),
  };
}
export type __Name__Models = ReturnType<typeof createModels>;
