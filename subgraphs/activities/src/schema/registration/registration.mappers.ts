import type { Connection } from '@pecg/common';
import type { RegistrationDoc } from '../../models';

export type { RegistrationDoc as RegistrationMapper, FeedbackDoc as FeedbackMapper } from '../../models';
export type RegistrationConnectionMapper = Connection<RegistrationDoc>;
