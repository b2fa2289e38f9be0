import type { ReactNode } from 'react';
import { ActivitiesPage } from './pages/Activities';
import { ApprovalsPage } from './pages/Approvals';
import { EnterprisePage } from './pages/Enterprise';
import { MediationPage } from './pages/Mediation';
import { OverviewPage } from './pages/Overview';
import { SafetyPage } from './pages/Safety';
import { navigate, useLocation } from './navigation';
import { ROLE_LABELS, setToken, tokenClaims, useToken } from './session';
import { SignIn } from './SignIn';

export const PAGES: Array<{ path: string; title: string; render: (params: URLSearchParams) => ReactNode }> = [
  { path: '', title: '联盟概览', render: () => <OverviewPage /> },
  { path: 'approvals', title: '行政审批', render: (params) => <ApprovalsPage params={params} /> },
  { path: 'mediation', title: '矛盾调解', render: (params) => <MediationPage params={params} /> },
  { path: 'activities', title: '党建活动', render: (params) => <ActivitiesPage params={params} /> },
  { path: 'enterprise', title: '企业画像', render: (params) => <EnterprisePage params={params} /> },
  { path: 'safety', title: '社区平安', render: (params) => <SafetyPage params={params} /> },
];

export function App() {
  const token = useToken();
  const { page, params } = useLocation();
  if (!token) return <SignIn />;
  const claims = tokenClaims(token);
  const current = PAGES.find((p) => p.path === page);
  return (
    <div className="layout">
      <header className="top">
        <h1>警企共治 · 每日看板</h1>
        <nav>
          {PAGES.map((p) => (
            <a
              key={p.path}
              href={`/dashboard/${p.path}`}
              data-page={p.path || 'overview'}
              aria-current={p === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate(p.path);
              }}
            >
              {p.title}
            </a>
          ))}
        </nav>
        <div className="who" data-role={claims.role ?? ''}>
          {ROLE_LABELS[claims.role ?? ''] ?? claims.role ?? '未知角色'}
          {claims.name ? ` · ${claims.name}` : ''}
          <button type="button" id="sign-out" onClick={() => setToken('')}>
            退出
          </button>
        </div>
      </header>
      <main data-page={current ? current.path || 'overview' : 'missing'}>
        <h2 className="page-title">{current?.title ?? '页面不存在'}</h2>
        {current ? current.render(params) : <p className="empty">没有这个页面，请从上方导航选择。</p>}
      </main>
    </div>
  );
}
