/**
 * A state machine as data: which status may follow which. Stores apply a transition as a
 * compare-and-set (`UPDATE … WHERE status IN (<from>)`); the table says which ones exist, so a
 * transition the design does not draw is a programming error caught before any write.
 */
export interface Machine<S extends string> {
  readonly name: string;
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  can(from: S, to: S): boolean;
  /** Throws unless every status of `from` may go to `to`. */
  assert(from: S | readonly S[], to: S): void;
  isTerminal(status: S): boolean;
}

export class IllegalTransition extends Error {
  constructor(machine: string, from: string, to: string) {
    super(`${machine}: no transition from "${from}" to "${to}"`);
    this.name = 'IllegalTransition';
  }
}

export function defineMachine<S extends string>(
  name: string,
  transitions: Readonly<Record<S, readonly S[]>>
): Machine<S> {
  const can = (from: S, to: S) => transitions[from]?.includes(to) === true;
  return Object.freeze({
    name,
    transitions,
    can,
    assert(from: S | readonly S[], to: S) {
      for (const status of typeof from === 'string' ? [from as S] : (from as readonly S[])) {
        if (!can(status, to)) throw new IllegalTransition(name, status, to);
      }
    },
    isTerminal: (status: S) => (transitions[status]?.length ?? 0) === 0,
  });
}
