import type { Connection } from '@pecg/common';
import type { ServiceNeedDoc } from '../../models';

export type ServiceNeedMapper = ServiceNeedDoc;
export type ServiceNeedConnectionMapper = Connection<ServiceNeedDoc>;
