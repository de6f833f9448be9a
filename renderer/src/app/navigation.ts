/**
 * The desk's screens, in sidebar order, and the current one (kept in the address hash so a
 * reload stays on the same screen).
 */
import { useEffect, useState } from 'react';

export const pages = [
  'today',
  'roster',
  'staff',
  'children',
  'attendance',
  'ratio',
  'requests',
  'latePickups',
  'devices',
  'sync',
  'settings',
  'import',
] as const;
export type Page = (typeof pages)[number];

const DEFAULT_PAGE: Page = 'roster';

function pageFromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (pages as readonly string[]).includes(name) ? (name as Page) : DEFAULT_PAGE;
}

/**
 * Opens a screen; `params` go into the hash after `?` (`#/children?child=...`), so a screen can
 * be opened on one thing and a reload stays there. Read them with `usePageParams`.
 */
export function navigate(page: Page, params?: Record<string, string>): void {
  const query = params ? new URLSearchParams(params).toString() : '';
  window.location.hash = `/${page}${query ? `?${query}` : ''}`;
}

function paramsFromHash(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** The current screen's parameters from the hash (see `navigate`), updated when the hash changes. */
export function usePageParams(): URLSearchParams {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return paramsFromHash(hash);
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
