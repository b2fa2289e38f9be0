import { useSyncExternalStore } from 'react';

/** Client-side routes under /dashboard/ (the gateway answers every such path with index.html). */
export const BASE = '/dashboard';
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current page (path after /dashboard/) and its filters (query string). */
export function useLocation(): { page: string; params: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  const page = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '') : '';
  return { page, params: url.searchParams };
}

export function navigate(page: string, params?: URLSearchParams): void {
  const query = params && [...params.keys()].length ? `?${params.toString()}` : '';
  window.history.pushState(null, '', `${BASE}/${page}${query}`);
  notify();
}

/** Sets (or clears, with '') one filter of the current page. */
export function setFilter(name: string, value: string): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  window.history.replaceState(null, '', url.pathname + url.search);
  notify();
}

/** The last `count` months as YYYY-MM keys (China Standard Time), newest first. */
export function recentMonths(count = 24, now = new Date()): string[] {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const months: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

export const monthLabel = (key: string) => {
  const [year, month] = key.split('-');
  return `${year}年${Number(month)}月`;
};

/** [from, before) of a YYYY-MM month in China Standard Time, as ISO instants. */
export function monthRange(key: string): { from: string; before: string } {
  const [year, month] = key.split('-').map(Number);
  return { from: new Date(Date.UTC(year, month - 1, 1) - 8 * 3600_000).toISOString(), before: new Date(Date.UTC(year, month, 1) - 8 * 3600_000).toISOString() };
}

/** The start of the day `months` months ago (China Standard Time), as an ISO instant: stable within a day, so queries stay cacheable. */
export function monthsAgo(months: number, now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - months, local.getUTCDate()) - 8 * 3600_000).toISOString();
}
