import type { Role } from '@pecg/common';

/** Who may run each kind of write (ANALYST is read-only everywhere). Reads follow READ_POLICY in @pecg/common. */
export const POLICY = {
  create__Entity__: ['ADMIN', 'POLICE'],
  update__Entity__: ['ADMIN', 'POLICE'],
  archive__Entity__: ['ADMIN', 'POLICE'],
} as const satisfies Record<string, readonly Role[]>;
