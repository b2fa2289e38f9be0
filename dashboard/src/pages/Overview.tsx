import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { DataTable, Kpi, QueryFrame, formatDate, formatDateTime } from '../components/ui';
import { percent } from '../csv';
import { useQuery } from '../graphql';

const OverviewQuery = graphql(`
  query DashboardOverview {
    alliance {
      name
      leadUnit
      base
      foundedOn
      memberCount
    }
    enterpriseStatistics {
      total
      withoutOfficer
      officerCoverageRate
      lossAvoidedYuan
      byCategory {
        key
        label
        count
      }
      byAllianceMembership {
        key
        label
        count
      }
      openNeedsByCategory {
        key
        label
        count
      }
      openAlertsBySeverity {
        key
        label
        count
      }
      needTimeliness {
        onTime
        late
        withoutDueDate
      }
    }
    oneOfficer: enterpriseAggregate {
      totals {
        count
        withOfficerCount
        activeAboveScaleCount
        breakingOneOfficerRuleCount
        ruleCoverageRate
      }
    }
    coverageByCategory: enterpriseAggregate(groupBy: [CATEGORY]) {
      groups {
        keys {
          label
        }
        count
        withOfficerCount
        coverageRate
        allianceMemberCount
      }
    }
    enterprisesBreakingOneOfficerRule(first: 20) {
      id
      name
      park
    }
    riskAlerts(first: 20, filter: { statuses: [DETECTED] }) {
      totalCount
      edges {
        node {
          id
          title
          typeLabel
          severityLabel
          statusLabel
          enterprise {
            name
          }
        }
      }
    }
    serviceNeeds(first: 20, filter: { statuses: [OPEN] }) {
      totalCount
      edges {
        node {
          id
          categoryLabel
          description
          dueOn
          overdue
          enterprise {
            name
          }
        }
      }
    }
  }
`);

/** 联盟概览: members, 一企一警 coverage, open needs and alerts. */
export function OverviewPage() {
  const state = useQuery(OverviewQuery, {});
  return (
    <QueryFrame state={state}>
      {(data) => {
        const stats = data.enterpriseStatistics;
        const rule = data.oneOfficer.totals;
        return (
          <>
            <div className="kpis">
              <Kpi
                id="members"
                label="联盟成员单位"
                value={data.alliance.memberCount}
                hint={`${data.alliance.name} · 牵头单位 ${data.alliance.leadUnit} · 成立于 ${formatDate(data.alliance.foundedOn)}`}
              />
              <Kpi id="enterprises" label="在册企业" value={stats.total} />
              <Kpi
                id="rule-coverage"
                label="一企一警落实率（在营规上企业）"
                value={percent(rule.ruleCoverageRate)}
                hint={`${rule.activeAboveScaleCount} 家规上企业，${rule.breakingOneOfficerRuleCount} 家未配警`}
              />
              <Kpi
                id="coverage"
                label="配警覆盖率（全部企业）"
                value={percent(stats.officerCoverageRate)}
                hint={`${rule.withOfficerCount} / ${rule.count} 家已配联系民警`}
              />
              <Kpi
                id="open-needs"
                label="待办企业诉求"
                value={data.serviceNeeds.totalCount}
                hint={`按期办结 ${stats.needTimeliness.onTime}，逾期 ${stats.needTimeliness.late}`}
              />
              <Kpi
                id="open-alerts"
                label="新发现风险预警"
                value={data.riskAlerts.totalCount}
                hint={`挽回损失 ${stats.lossAvoidedYuan.toLocaleString('zh-CN')} 元`}
              />
            </div>
            <div className="charts">
              <Chart
                spec={{
                  id: 'alliance-membership',
                  title: '联盟成员构成',
                  kind: 'pie',
                  columns: ['类别', '企业数'],
                  rows: stats.byAllianceMembership.map((row) => [row.label, row.count]),
                }}
              />
              <Chart
                spec={{
                  id: 'coverage-by-category',
                  title: '配警覆盖率（按企业类别）',
                  kind: 'bar',
                  rates: true,
                  columns: ['企业类别', '覆盖率'],
                  rows: data.coverageByCategory.groups.map((g) => [g.keys[0].label, g.coverageRate ?? null]),
                }}
              />
              <Chart
                spec={{
                  id: 'enterprise-category',
                  title: '企业类别',
                  kind: 'bar',
                  columns: ['类别', '企业数'],
                  rows: stats.byCategory.map((row) => [row.label, row.count]),
                }}
              />
              <Chart
                spec={{
                  id: 'open-needs-by-category',
                  title: '待办诉求（按类别）',
                  kind: 'bar',
                  columns: ['类别', '待办诉求'],
                  rows: stats.openNeedsByCategory.map((row) => [row.label, row.count]),
                }}
              />
              <Chart
                spec={{
                  id: 'open-alerts-by-severity',
                  title: '未结风险预警（按等级）',
                  kind: 'bar',
                  columns: ['等级', '预警数'],
                  rows: stats.openAlertsBySeverity.map((row) => [row.label, row.count]),
                }}
              />
            </div>
            <div className="lists">
              <DataTable
                id="without-officer"
                title="未落实一企一警的企业"
                columns={['企业', '园区']}
                rows={data.enterprisesBreakingOneOfficerRule.map((e) => [e.name, e.park])}
                empty="全部企业均已配警"
              />
              <DataTable
                id="open-needs"
                title="待办企业诉求"
                columns={['企业', '类别', '诉求', '办结期限', '逾期']}
                rows={data.serviceNeeds.edges.map(({ node }) => [
                  node.enterprise.name,
                  node.categoryLabel,
                  node.description,
                  formatDate(node.dueOn),
                  node.overdue ? '是' : '否',
                ])}
              />
              <DataTable
                id="new-alerts"
                title="新发现的风险预警"
                columns={['企业', '类型', '等级', '标题', '状态']}
                rows={data.riskAlerts.edges.map(({ node }) => [node.enterprise.name, node.typeLabel, node.severityLabel, node.title ?? '', node.statusLabel])}
              />
            </div>
            <p className="footnote">数据时间：{formatDateTime(new Date().toISOString())}</p>
          </>
        );
      }}
    </QueryFrame>
  );
}
