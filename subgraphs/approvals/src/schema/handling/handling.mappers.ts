import type { ApplicationDoc } from '../../models';

export type { TransitionDoc as ApplicationTransitionMapper } from '../../models';
/** A submitted material with the id of its application's item (for the material name). */
export type SubmittedMaterialMapper = ApplicationDoc['materials'][number] & { itemId: string };
/** A commitment with its application (to compute the outstanding materials). */
export type CommitmentMapper = NonNullable<ApplicationDoc['commitment']> & { application: ApplicationDoc };
