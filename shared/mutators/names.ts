/** Every mutator's name, `<aggregate>.<verb>[.vN]`. Never reuse a name for another shape. */
export const mutatorNames = ['shift.assign', 'shift.remove', 'placement.create', 'consent.set'] as const;
export type MutatorName = (typeof mutatorNames)[number];
