import { useState } from 'react';
import { developmentMode, ROLE_LABELS, setToken } from './session';

/** The development role picker: POST /dev/token (only answered outside production). */
function RolePicker() {
  const [role, setRole] = useState('POLICE');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [error, setError] = useState('');
  const mint = async () => {
    setError('');
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, ...(role === 'ENTERPRISE' && enterpriseId ? { enterpriseId: enterpriseId.trim() } : {}) }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string; error?: { message?: string } };
    if (body.token) setToken(body.token);
    else setError(body.error?.message ?? `签发失败（HTTP ${response.status}）`);
  };
  return (
    <section className="card dev-picker" id="dev-role-picker">
      <h2>开发模式：按角色签发本地令牌</h2>
      <p className="note">仅在非生产环境提供，生产环境请粘贴正式令牌。</p>
      <label className="filter">
        <span>角色</span>
        <select id="dev-role" value={role} onChange={(event) => setRole(event.target.value)}>
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}（{value}）
            </option>
          ))}
        </select>
      </label>
      {role === 'ENTERPRISE' ? (
        <label className="filter">
          <span>企业 ID</span>
          <input id="dev-enterprise" value={enterpriseId} onChange={(event) => setEnterpriseId(event.target.value)} placeholder="24 位企业 ID" />
        </label>
      ) : null}
      <button type="button" id="dev-mint" onClick={() => void mint()}>
        签发并登录
      </button>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** Sign-in: paste a role token (npm run token -- --role analyst), or pick a role in development. */
export function SignIn() {
  const [pasted, setPasted] = useState('');
  return (
    <main className="sign-in">
      <h1>警企共治 · 每日看板</h1>
      <section className="card">
        <h2>使用角色令牌登录</h2>
        <p className="note">令牌由统一身份认证签发；本机可用 npm run token -- --role analyst 生成。</p>
        <textarea id="token-input" rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} placeholder="粘贴 JWT 令牌" spellCheck={false} />
        <button type="button" id="token-apply" disabled={!pasted.trim()} onClick={() => setToken(pasted)}>
          登录
        </button>
      </section>
      {developmentMode() ? <RolePicker /> : null}
    </main>
  );
}
