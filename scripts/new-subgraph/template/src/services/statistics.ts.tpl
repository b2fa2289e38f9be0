import { completeDimension, CountCube, monthRow } from '@pecg/common';
import type { __Name__Context } from '../context';
import { __ENTITY___STATUSES, type __Entity__Doc } from '../models';
import type { __Entity__Filter } from '../schema/types.generated';
import { __entity__Query } from './filters';

/** Statistics of the __entities__ matching the list's filter; each figure is computed in the database when selected. */
export function __entity__Statistics(ctx: __Name__Context, filter: __Entity__Filter | null | undefined): __Entity__StatisticsQuery {
  return new __Entity__StatisticsQuery(new CountCube(ctx.models.__Entity__, __entity__Query(filter)));
}

/** Total and counts by status and month in one `$group` over their compound key (`CountCube`). */
export class __Entity__StatisticsQuery {
  constructor(private readonly cube: CountCube<__Entity__Doc>) {}
  total = () => this.cube.total();
  byStatus = async () => completeDimension(await this.cube.countBy('status'), __ENTITY___STATUSES);
  byMonth = async () => (await this.cube.countBy('createdMonth')).map((r) => monthRow(r.key ?? '', r.count));
}
