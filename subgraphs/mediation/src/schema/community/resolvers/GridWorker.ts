import type { GridWorkerResolvers } from '../../types.generated';

export const GridWorker: GridWorkerResolvers = {
  name: (w, _a, { pii }) => pii.reveal('NAME', w.name, 'Grid', w.gridId, 'worker.name') ?? '',
  phone: (w, _a, { pii }) => pii.reveal('PHONE', w.phone, 'Grid', w.gridId, 'worker.phone'),
};
