/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { DeviceDoc } from '../../models';

export type { DeviceDoc as DeviceMapper, DeviceStatusChangeDoc as DeviceStatusChangeMapper } from '../../models';
export type DeviceConnectionMapper = Connection<DeviceDoc>;
