/** A reference to an activity of the activities subgraph (only its id is known here). */
export interface ActivityMapper {
  id: string;
}
/** A record of another subgraph, as stored. */
export interface RecordSourceMapper {
  subgraph: string;
  typename: string;
  id: string;
}
