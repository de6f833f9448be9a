/**
 * The work a push may ask of the hub, counted from its parsed body before anything runs. Each
 * mutation's schema caps its own arrays (shared/mutators); this caps the batch as a whole: one
 * unit per mutation and one per element of any array in its arguments (each copy, shift, day or
 * id is what a mutator loops over and reads for). A push over the budget is refused whole with
 * 413: nothing is applied, and the desk sends it again in smaller parts. On PGlite (one
 * connection) every other request waits for a push's transaction, so the budget is also what
 * keeps another desk's request (and /health) from waiting long behind it.
 *
 * Why count the body and not the parsed arguments: the arguments are parsed one mutation at a
 * time inside the batch's transaction, after its locks are taken; the body is counted once, in
 * one pass, before. A mutation with more elements than its schema allows counts too, so a batch
 * of them is refused without being read at all.
 */
import type { WireMutation } from '../../../shared/sync/protocol';
import { HubError } from '../http/hubError';

/**
 * Four units for each of a full push's 500 mutations: a backlog of ordinary mutations (an id, a
 * shift with its breaks) fits; 2,000 copies do not. A desk sends a refused push again in halves.
 */
export const MAX_PUSH_WORK = 2000;
/** No mutator's schema allows a longer array (`shift.copy`'s copies, `staff.update`'s shift ids). */
export const MAX_ARRAY_ELEMENTS = 500;

type Counted = { work: number; longestArray: number };

/** One per mutation plus one per array element anywhere in its arguments, and the longest array; iterative (the body's depth is checked already). */
export function pushWork(mutations: readonly Pick<WireMutation, 'args'>[]): Counted {
  let work = mutations.length;
  let longestArray = 0;
  const stack: unknown[] = mutations.map((m) => m.args);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      work += node.length;
      longestArray = Math.max(longestArray, node.length);
    }
    for (const child of Object.values(node)) stack.push(child);
  }
  return { work, longestArray };
}

/**
 * Refuses a push over the budget, or with an array longer than any mutator accepts (a desk never
 * makes one: its own mutators parse the same schemas): 413, `hub.push_too_large`, nothing applied.
 */
export function assertWithinBudget(mutations: readonly Pick<WireMutation, 'args'>[], max = MAX_PUSH_WORK): void {
  const { work, longestArray } = pushWork(mutations);
  if (longestArray > MAX_ARRAY_ELEMENTS) {
    throw tooLarge(
      `Deze verzending bevat een lijst met te veel onderdelen (${longestArray}, ten hoogste ${MAX_ARRAY_ELEMENTS}); er is niets verwerkt.`,
      { longestArray, max: MAX_ARRAY_ELEMENTS },
    );
  }
  if (work > max) {
    throw tooLarge(
      `Deze verzending vraagt te veel werk van de hub in één keer (${work} onderdelen, ten hoogste ${max}); er is niets verwerkt. Verstuur de wijzigingen in kleinere delen.`,
      { work, max },
    );
  }
}

function tooLarge(message: string, params: Record<string, number>): HubError {
  return new HubError('validation_failed', message, { status: 413, error: { rule: 'hub.push_too_large', params } });
}
