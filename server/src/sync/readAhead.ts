/**
 * Where in a mutation's arguments a value it reads came from, to read the same for the rest of
 * the batch at once (sync/hubMutationTx.ts, `BatchStore`). A path is a list of object keys, with
 * `null` for "any element" of an array: `entries.3.childId` is found as ['entries', null, 'childId'].
 */
export type ArgPath = readonly (string | null)[];

/** The paths at which `args` holds the string `value`. */
export function pathsTo(args: unknown, value: string): ArgPath[] {
  const found = new Map<string, ArgPath>();
  const visit = (node: unknown, path: (string | null)[]): void => {
    if (node === value) found.set(JSON.stringify(path), [...path]);
    else if (Array.isArray(node)) node.forEach((element) => visit(element, [...path, null]));
    else if (node !== null && typeof node === 'object') for (const [key, inner] of Object.entries(node)) visit(inner, [...path, key]);
  };
  visit(args, []);
  return [...found.values()];
}

/** The strings `args` holds at `path`. */
export function valuesAt(args: unknown, path: ArgPath): string[] {
  if (path.length === 0) return typeof args === 'string' ? [args] : [];
  const [step, ...rest] = path;
  if (step === null) return Array.isArray(args) ? args.flatMap((element) => valuesAt(element, rest)) : [];
  if (args === null || typeof args !== 'object' || Array.isArray(args) || step === undefined || !Object.hasOwn(args, step)) return [];
  return valuesAt((args as Record<string, unknown>)[step], rest);
}

/** How many choices of one value from each list there are, counted up to just past `max`. */
export function combinationCount(lists: readonly (readonly string[])[], max: number): number {
  let count = 1;
  for (const list of lists) {
    count *= list.length;
    if (count > max) return max + 1;
  }
  return count;
}

/**
 * Every choice of one value from each list, or null when there are more than `max`: counted
 * before any is made, so lists of a few thousand values each (a cartesian product of millions)
 * cost nothing.
 */
export function combinations(lists: readonly (readonly string[])[], max: number): string[][] | null {
  if (combinationCount(lists, max) > max) return null;
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((value) => [...prefix, value])), [[]]);
}
