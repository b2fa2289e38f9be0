import { IllegalTransitionError } from './errors';

/**
 * A life cycle as one table: each state and the states it may move to. Services call `assert`
 * before a transition (ILLEGAL_STATE_TRANSITION naming the current state and the allowed next
 * ones) and use `sourcesOf(to)` as the condition of the conditional write, so a concurrent
 * transition cannot slip in between the check and the write.
 */
export class StateMachine<S extends string> {
  constructor(
    readonly entity: string,
    readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  /** States that may move on to `to`. */
  sourcesOf(to: S): S[] {
    return (Object.keys(this.transitions) as S[]).filter((from) => this.transitions[from].includes(to));
  }

  /** States reachable in one step from `from`. */
  allowedFrom(from: S): readonly S[] {
    return this.transitions[from] ?? [];
  }

  canMove(from: S, to: S): boolean {
    return this.allowedFrom(from).includes(to);
  }

  /** Throws IllegalTransitionError unless from → to is in the table. */
  assert(id: string, from: S, to: S): void {
    if (!this.canMove(from, to)) throw new IllegalTransitionError(this.entity, id, from, to, this.allowedFrom(from));
  }

  /** Final states (no way out). */
  finalStates(): S[] {
    return (Object.keys(this.transitions) as S[]).filter((s) => this.transitions[s].length === 0);
  }
}
