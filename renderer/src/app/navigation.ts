/**
 * The desk's screens, in sidebar order, and the current one (kept in the address hash so a
 * reload stays on the same screen).
 */
import { useEffect, useState } from 'react';

export const pages = ['today', 'roster', 'ratio', 'requests', 'latePickups', 'devices', 'sync', 'settings'] as const;
export type Page = (typeof pages)[number];

const DEFAULT_PAGE: Page = 'roster';

function pageFromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '');
  return (pages as readonly string[]).includes(name) ? (name as Page) : DEFAULT_PAGE;
}

export function navigate(page: Page): void {
  window.location.hash = `/${page}`;
}

export function useCurrentPage(): Page {
  const [page, setPage] = useState<Page>(() => pageFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
