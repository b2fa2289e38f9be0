import { parseId, type DocumentRoute } from '@pecg/common';
import type { MediationContext } from '../context';

/**
 * The printable mediation agreement (调解协议书, 人民调解法 arts. 28–29) as an HTML page, at
 * GET /documents/agreements/<dispute id> (through the gateway: /documents/mediation/agreements/<id>).
 * It is read through this subgraph's own schema with the caller's context: the read policy decides
 * whether the caller sees the dispute at all (an unknown or hidden dispute is 404), and the parties'
 * names, phones and ID numbers go through the same resolvers as in GraphQL — masked for roles that do
 * not need them, in the clear and audited for those that do.
 */
const AGREEMENT = `query ($id: ID!) {
  dispute(id: $id) {
    id title kindLabel levelLabel
    grid { name } community { name }
    parties { name phone idNumber roleLabel }
    mediators { __typename ... on Volunteer { name roleLabels } ... on PoliceOfficer { id } }
    agreement {
      form formLabel number facts disputedMatters responsibilities terms performanceMethod performanceDeadline effectiveOn
      signatures { signerLabel party { name roleLabel } mediator { __typename ... on Volunteer { name } ... on PoliceOfficer { id } } methodLabel at }
      seal { committee at }
      recorded { name at }
    }
  }
}`;

interface Signature {
  signerLabel: string;
  party: { name: string; roleLabel: string } | null;
  mediator: Named | null;
  methodLabel: string;
  at: string;
}

interface AgreementData {
  form: 'WRITTEN' | 'ORAL';
  number: string | null;
  facts: string | null;
  disputedMatters: string | null;
  responsibilities: string | null;
  terms: string;
  performanceMethod: string | null;
  performanceDeadline: string | null;
  effectiveOn: string;
  signatures: Signature[];
  seal: { committee: string; at: string } | null;
  recorded: { name: string | null } | null;
}

interface DisputeData {
  id: string;
  title: string;
  kindLabel: string;
  levelLabel: string;
  grid: { name: string } | null;
  community: { name: string } | null;
  parties: Array<{ name: string; phone: string | null; idNumber: string | null; roleLabel: string }>;
  mediators: Named[];
  agreement: AgreementData | null;
}

interface Named {
  __typename: string;
  name?: string;
  id?: string;
  roleLabels?: string[];
}

const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A time as China Standard Time, "2026年3月5日 14:00". */
const cst = (iso: string | null | undefined, withTime = true) => {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + (iso.length > 10 ? 8 * 3600_000 : 0));
  const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return withTime ? `${date} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : date;
};
const mediatorName = (m: Named | null) => (!m ? '' : m.__typename === 'Volunteer' ? (m.name ?? '') : `民警（${m.id}）`);

const page = (title: string, body: string, status = 200) => ({
  status,
  contentType: 'text/html; charset=utf-8',
  body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{font-family:"SimSun","Songti SC",serif;max-width:48em;margin:2em auto;line-height:1.8}h1{text-align:center;letter-spacing:.5em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.3em .6em;text-align:left;vertical-align:top}
.seal{text-align:right;margin-top:2em}@media print{body{margin:0}}</style></head><body>${body}</body></html>`,
});

export const agreementPage: DocumentRoute<MediationContext> = {
  path: '/agreements/:id',
  async render({ params, execute }) {
    const id = parseId(params.id, 'id').toHexString();
    const result = await execute(AGREEMENT, { id });
    if (result.errors?.length) throw result.errors[0].originalError ?? result.errors[0];
    const dispute = (result.data as { dispute: DisputeData | null }).dispute;
    if (!dispute) return page('未找到', `<p>纠纷 ${esc(id)} 不存在或无权查看。</p>`, 404);
    const a = dispute.agreement;
    if (!a) return page('无调解协议', `<p>纠纷“${esc(dispute.title)}”尚未达成调解协议。</p>`, 404);
    const parties = dispute.parties
      .map((p) => `<tr><th>${esc(p.roleLabel)}</th><td>${esc(p.name)}</td><td>${esc(p.phone)}</td><td>${esc(p.idNumber)}</td></tr>`)
      .join('');
    const signatures = a.signatures
      .map(
        (s) =>
          `<tr><td>${esc(s.signerLabel)}</td><td>${esc(s.party ? `${s.party.name}（${s.party.roleLabel}）` : mediatorName(s.mediator))}</td><td>${esc(s.methodLabel)}</td><td>${esc(cst(s.at))}</td></tr>`,
      )
      .join('');
    const mediators = dispute.mediators.map((m) => esc(mediatorName(m))).join('、');
    const section = (label: string, value: unknown) => (value ? `<h2>${esc(label)}</h2><p>${esc(value)}</p>` : '');
    const body = `<h1>${a.form === 'ORAL' ? '口头调解协议记录' : '人民调解协议书'}</h1>
<p>${a.number ? `编号：${esc(a.number)}，` : ''}纠纷：${esc(dispute.title)}（${esc(dispute.kindLabel)}，${esc(dispute.community?.name)} ${esc(dispute.grid?.name)}，${esc(dispute.levelLabel)}级调解）</p>
<h2>当事人基本情况</h2><table><tr><th>身份</th><th>姓名</th><th>联系电话</th><th>身份证号码</th></tr>${parties}</table>
${section('纠纷的主要事实', a.facts)}${section('争议事项', a.disputedMatters)}${section('各方当事人的责任', a.responsibilities)}
<h2>调解协议内容</h2><p>${esc(a.terms)}</p>
${section('履行方式', a.performanceMethod)}${a.performanceDeadline ? `<h2>履行期限</h2><p>${esc(cst(a.performanceDeadline, false))}前</p>` : ''}
<p>人民调解员：${mediators}</p>
${signatures ? `<h2>签署</h2><table><tr><th>签署人</th><th>姓名</th><th>方式</th><th>时间</th></tr>${signatures}</table>` : `<p>本协议为口头协议，由人民调解员记录（人民调解法第二十八条）；记录人：${esc(a.recorded?.name)}。</p>`}
${a.seal ? `<p class="seal">${esc(a.seal.committee)}（印章）<br>${esc(cst(a.seal.at, false))}</p>` : ''}
<p>本协议自${esc(cst(a.effectiveOn, false))}起生效（人民调解法第${a.form === 'ORAL' ? '三十' : '二十九'}条）。经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（第三十一条）；双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认（第三十三条）。</p>`;
    return page(`调解协议书 — ${dispute.title}`, body);
  },
};
