import type { ReactNode } from 'react';
import { downloadCsv, type Cell } from '../csv';
import type { GraphQLErrorItem, QueryState } from '../graphql';

/** A headline figure. */
export function Kpi({ id, label, value, hint }: { id: string; label: string; value: ReactNode; hint?: string }) {
  return (
    <div className="card kpi" data-kpi={id}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {hint ? <div className="kpi-hint">{hint}</div> : null}
    </div>
  );
}

/** A list (overdue applications, open alerts…) with its own CSV export. */
export function DataTable({ id, title, columns, rows, empty = '暂无记录' }: { id: string; title: string; columns: string[]; rows: Cell[][]; empty?: string }) {
  return (
    <section className="card list" data-list={id}>
      <header>
        <span>{title}</span>
        <button type="button" className="export" data-export={id} onClick={() => downloadCsv(id, columns, rows)}>
          导出 CSV
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const CODE_LABELS: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效或令牌无效，请重新登录',
  FORBIDDEN: '当前角色无权查看',
  BAD_USER_INPUT: '筛选条件有误',
  PRECONDITION_FAILED: '条件不满足',
};

function describe(errors: GraphQLErrorItem[]): string[] {
  return errors.map(
    (error) => `${CODE_LABELS[error.extensions?.code ?? ''] ?? '查询出错'}：${error.message}${error.path ? `（${error.path.join('.')}）` : ''}`,
  );
}

/** Loading / failure / partial-answer notices around a page's content. */
export function QueryFrame<R>({ state, children }: { state: QueryState<R>; children: (data: R) => ReactNode }) {
  if (state.error)
    return (
      <div className="notice error" role="alert">
        {describe(state.error.errors.length ? state.error.errors : [{ message: state.error.message }]).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    );
  if (!state.data) return <p className="loading">加载中…</p>;
  return (
    <div className={state.loading ? 'stale' : undefined} data-loading={state.loading ? 'true' : 'false'}>
      {state.partial.length ? (
        <div className="notice partial" role="status">
          {describe(state.partial).map((line) => (
            <p key={line}>部分数据不可用 — {line}</p>
          ))}
        </div>
      ) : null}
      {children(state.data)}
    </div>
  );
}

export const formatDate = (value: string | null | undefined) => (value ? new Date(value).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');
export const formatDateTime = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d\d$/, '') : '—';
