/**
 * A status workflow as data: which statuses follow which, and what each move requires.
 * One instance per entity drives the /transitions endpoint, the 409 answer, the 422
 * preconditions, `allowedTransitions` in responses and the OpenAPI enums.
 */
export interface TransitionRequest {
  to: string;
  reason?: string;
  effectiveOn?: string;
  supersededById?: string;
  successorId?: string;
}

export interface WorkflowDefinition<S extends string> {
  /** Every status, in display order; the first is the initial one. */
  statuses: readonly S[];
  /** from → the statuses reachable from it. */
  transitions: Readonly<Record<S, readonly S[]>>;
  /** Moves that need a reason: a target status, or `from>to` for one edge (e.g. a reopen). */
  reasonRequired: readonly string[];
}

export class Workflow<S extends string> {
  readonly initial: S;

  constructor(private readonly definition: WorkflowDefinition<S>) {
    this.initial = definition.statuses[0];
  }

  get statuses(): readonly S[] {
    return this.definition.statuses;
  }

  isStatus(value: string): value is S {
    return (this.definition.statuses as readonly string[]).includes(value);
  }

  allowedFrom(from: string): readonly S[] {
    return this.definition.transitions[from as S] ?? [];
  }

  canMove(from: string, to: string): boolean {
    return this.allowedFrom(from).includes(to as S);
  }

  needsReason(from: string, to: string): boolean {
    const r = this.definition.reasonRequired;
    return r.includes(to) || r.includes(`${from}>${to}`);
  }

  isFinal(status: string): boolean {
    return this.allowedFrom(status).length === 0;
  }

  /** Every (from, to) pair, allowed or not: the test tables iterate this. */
  allPairs(): { from: S; to: S; allowed: boolean }[] {
    const s = this.definition.statuses;
    return s.flatMap((from) => s.map((to) => ({ from, to, allowed: this.canMove(from, to) })));
  }
}
