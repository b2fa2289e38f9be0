import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { DataTable, Kpi, QueryFrame, formatDate, formatDateTime } from '../components/ui';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { monthsAgo, setFilter } from '../navigation';

const EnterpriseListQuery = graphql(`
  query DashboardEnterpriseList($nameContains: String) {
    enterprises(filter: { nameContains: $nameContains }, sort: { field: NAME, direction: ASC }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Everything about one firm, from every department, in ONE query through the gateway. */
const EnterpriseQuery = graphql(`
  query DashboardEnterprise($id: ID!, $since: DateTime!) {
    enterprise(id: $id) {
      id
      name
      creditCode
      categoryLabel
      industry
      park
      address
      inIncubator
      employeeCount
      foundedOn
      statusLabel
      legalRepresentative
      contacts {
        name
        role
        phone
      }
      allianceMember
      allianceMembership {
        roleLabel
        joinedOn
      }
      partyOrganization {
        name
        typeLabel
        memberCount
      }
      officer {
        name
        badgeNumber
        workstation
        phone
      }
      openNeedCount
      openAlertCount
      serviceNeeds(first: 10) {
        id
        categoryLabel
        description
        statusLabel
        dueOn
      }
      riskAlerts {
        id
        typeLabel
        severityLabel
        statusLabel
        title
      }
      creditMark {
        active
        brokenCommitmentCount
      }
      applications(first: 10) {
        id
        statusLabel
        submittedAt
        decidedOnTime
        item {
          name
        }
      }
      activitiesInLastYear: activitiesAttendedCount(filter: { startsFrom: $since })
      activitiesAttended(first: 10) {
        id
        title
        kindLabel
        startsAt
      }
      disputes(first: 10) {
        id
        title
        kindLabel
        statusLabel
        reportedAt
      }
      incidents(first: 10) {
        id
        title
        severityLabel
        statusLabel
        occurredAt
      }
    }
  }
`);

function Profile({ id }: { id: string }) {
  const state = useQuery(EnterpriseQuery, { id, since: monthsAgo(12) });
  return (
    <QueryFrame state={state}>
      {(data) => {
        const e = data.enterprise;
        if (!e) return <p className="empty">没有这家企业</p>;
        const statuses = new Map<string, number>();
        for (const application of e.applications) statuses.set(application.statusLabel, (statuses.get(application.statusLabel) ?? 0) + 1);
        return (
          <>
            <h2 className="firm">{e.name}</h2>
            <dl className="card facts">
              <dt>统一社会信用代码</dt>
              <dd>{e.creditCode}</dd>
              <dt>类别 / 行业</dt>
              <dd>
                {e.categoryLabel} · {e.industry}
                {e.inIncubator ? ' · 孵化器内' : ''}
              </dd>
              <dt>园区 / 地址</dt>
              <dd>
                {e.park} · {e.address}
              </dd>
              <dt>法定代表人</dt>
              <dd>{e.legalRepresentative}</dd>
              <dt>员工 / 成立</dt>
              <dd>
                {e.employeeCount} 人 · {formatDate(e.foundedOn)} · {e.statusLabel}
              </dd>
              <dt>警企联盟</dt>
              <dd>{e.allianceMembership ? `${e.allianceMembership.roleLabel}（${formatDate(e.allianceMembership.joinedOn)} 加入）` : '非成员'}</dd>
              <dt>党组织</dt>
              <dd>
                {e.partyOrganization ? `${e.partyOrganization.name}（${e.partyOrganization.typeLabel}，${e.partyOrganization.memberCount} 名党员）` : '—'}
              </dd>
              <dt>联系民警</dt>
              <dd data-field="officer">
                {e.officer ? `${e.officer.name}（${e.officer.badgeNumber}，${e.officer.workstation}）${e.officer.phone ?? ''}` : '未配警'}
              </dd>
            </dl>
            <div className="kpis">
              <Kpi id="open-needs" label="待办诉求" value={e.openNeedCount} />
              <Kpi id="open-alerts" label="未结风险预警" value={e.openAlertCount} />
              <Kpi id="activities-12m" label="近 12 个月参加活动" value={e.activitiesInLastYear} />
              <Kpi id="credit" label="容缺失信记录" value={e.creditMark?.active ? `失信 ${e.creditMark.brokenCommitmentCount} 次` : '无'} />
            </div>
            <div className="charts">
              <Chart
                spec={{
                  id: 'enterprise-applications',
                  title: '最近的审批申请（按状态）',
                  kind: 'bar',
                  columns: ['状态', '申请数'],
                  rows: [...statuses.entries()],
                }}
              />
            </div>
            <div className="lists">
              <DataTable id="contacts" title="联系人" columns={['姓名', '职务', '电话']} rows={e.contacts.map((c) => [c.name ?? '', c.role, c.phone ?? ''])} />
              <DataTable
                id="needs"
                title="企业诉求"
                columns={['类别', '诉求', '状态', '期限']}
                rows={e.serviceNeeds.map((n) => [n.categoryLabel, n.description, n.statusLabel, formatDate(n.dueOn)])}
              />
              <DataTable
                id="alerts"
                title="风险预警"
                columns={['类型', '等级', '状态', '标题']}
                rows={e.riskAlerts.map((a) => [a.typeLabel, a.severityLabel, a.statusLabel, a.title ?? ''])}
              />
              <DataTable
                id="applications"
                title="审批申请"
                columns={['事项', '状态', '提交时间', '按时办结']}
                rows={e.applications.map((a) => [
                  a.item.name,
                  a.statusLabel,
                  formatDateTime(a.submittedAt),
                  a.decidedOnTime === null || a.decidedOnTime === undefined ? '—' : a.decidedOnTime ? '是' : '否',
                ])}
              />
              <DataTable
                id="activities"
                title="参加的活动"
                columns={['活动', '类型', '时间']}
                rows={e.activitiesAttended.map((a) => [a.title, a.kindLabel, formatDateTime(a.startsAt)])}
              />
              <DataTable
                id="disputes"
                title="涉企纠纷"
                columns={['纠纷', '类型', '状态', '登记']}
                rows={e.disputes.map((d) => [d.title, d.kindLabel, d.statusLabel, formatDate(d.reportedAt)])}
              />
              <DataTable
                id="incidents"
                title="警情与事件"
                columns={['事件', '等级', '状态', '发生时间']}
                rows={e.incidents.map((i) => [i.title, i.severityLabel, i.statusLabel, formatDateTime(i.occurredAt)])}
              />
            </div>
          </>
        );
      }}
    </QueryFrame>
  );
}

/** 企业画像: pick a firm, see everything about it. */
export function EnterprisePage({ params }: { params: URLSearchParams }) {
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const list = useQuery(EnterpriseListQuery, { nameContains: search || undefined });
  const firms = list.data?.enterprises.edges.map((edge) => edge.node) ?? [];
  const id = params.get('id') ?? firms[0]?.id ?? '';
  const total = list.data?.enterprises.totalCount ?? 0;
  return (
    <>
      <div className="filters" role="search">
        <label className="filter">
          <span>名称</span>
          <input
            name="q"
            data-filter="q"
            value={typed}
            placeholder="输入企业名称关键字"
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && setFilter('q', typed.trim())}
            onBlur={() => setFilter('q', typed.trim())}
          />
        </label>
        <label className="filter">
          <span>企业</span>
          <select name="id" data-filter="id" value={id} onChange={(event) => setFilter('id', event.target.value)}>
            {firms.map((firm) => (
              <option key={firm.id} value={firm.id}>
                {firm.name}
              </option>
            ))}
          </select>
        </label>
        {total > firms.length ? (
          <span className="note">
            共 {total} 家，列出前 {firms.length} 家，可按名称筛选
          </span>
        ) : null}
      </div>
      {id ? <Profile id={id} /> : <QueryFrame state={list}>{() => <p className="empty">没有可查看的企业</p>}</QueryFrame>}
    </>
  );
}
