import { useEffect, useRef } from 'react';
import { api } from '../api/client';

/**
 * Calls `reload` whenever the core reports a change to one of `tables` (a local write, or rows a
 * sync pulled in), so a screen always shows the store as it is. The latest `reload` is used
 * without subscribing again.
 */
export function useReloadOnChange(tables: ReadonlySet<string>, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'changed' && event.tables.some((table) => tables.has(table))) latest.current();
      }),
    [tables],
  );
}
