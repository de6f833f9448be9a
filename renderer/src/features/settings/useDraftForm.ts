import { useCallback, useMemo, useState } from 'react';
import type { RuleFailure } from '../../../../shared/result';
import type { DraftCheck } from './locationDraft';

/**
 * A form over a draft checked as it is typed: a field's failure shows once the field was left
 * (or a save was tried), so nobody is told off before they have finished typing.
 */
export function useDraftForm<D extends object, F extends string, V>(initial: D, check: (draft: D) => DraftCheck<F, V>) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const checked = useMemo(() => check(draft), [check, draft]);
  const set = useCallback(<K extends keyof D>(field: K, value: D[K]) => setDraft((d) => ({ ...d, [field]: value })), []);
  const touch = useCallback((field: string) => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))), []);
  const errorOf = (field: F): RuleFailure | undefined => (tried || touched.has(field) ? checked.errors[field] : undefined);
  /** The checked value, or null with every failure shown. */
  const submit = (): V | null => {
    setTried(true);
    return checked.value;
  };
  const reset = useCallback((next: D) => {
    setDraft(next);
    setTouched(new Set());
    setTried(false);
  }, []);
  return { draft, set, touch, errorOf, submit, reset, valid: checked.value !== null };
}
