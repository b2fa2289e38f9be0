import { useSyncExternalStore } from 'react';

/**
 * The signed-in role token (pasted, or minted by the development role picker), kept in this browser's
 * localStorage like the GraphQL IDE's; every request sends it as "Authorization: Bearer <token>".
 */
const STORAGE_KEY = 'pecg.dashboard.token';
const listeners = new Set<() => void>();

export function currentToken(): string {
  return window.localStorage.getItem(STORAGE_KEY) ?? '';
}

export function setToken(token: string): void {
  const clean = token.trim().replace(/^Bearer\s+/i, '');
  if (clean) window.localStorage.setItem(STORAGE_KEY, clean);
  else window.localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export function useToken(): string {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentToken);
}

/** The claims of a token (not verified here: the gateway verifies every request). */
export function tokenClaims(token: string): { role?: string; name?: string; enterpriseId?: string; exp?: number } {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      Array.from(atob(payload))
        .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .join(''),
    );
    return JSON.parse(json) as { role?: string };
  } catch {
    return {};
  }
}

/** "development" when the gateway runs outside production (it rewrites the page's meta tag). */
export function developmentMode(): boolean {
  return document.querySelector('meta[name="pecg-mode"]')?.getAttribute('content') === 'development';
}

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: '系统管理员',
  POLICE: '民警（警务工作站）',
  ANALYST: '数据分析员',
  MEDIATOR: '调解员',
  ENTERPRISE: '企业用户',
  DEPARTMENT: '部门系统',
};
