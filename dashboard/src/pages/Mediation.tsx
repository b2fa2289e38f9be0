import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { Filters } from '../components/Filters';
import { DataTable, Kpi, QueryFrame, formatDate } from '../components/ui';
import { percent } from '../csv';
import { useQuery } from '../graphql';

const MediationQuery = graphql(`
  query DashboardMediation($filter: DisputeFilter) {
    communities {
      id
      name
    }
    allMonths: disputeStatistics {
      byMonth {
        key
      }
    }
    disputeStatistics(filter: $filter) {
      total
      closed
      closedResolvedLocally
      localResolutionRate
      escalated
      escalationRate
      followedUp
      followUpRate
      kindCounts {
        key
        label
        count
      }
      levelCounts {
        key
        label
        count
      }
    }
    byCommunity: disputeAggregate(filter: $filter, groupBy: [COMMUNITY]) {
      groups {
        keys {
          value
          label
        }
        count
        closedCount
        resolvedLocallyCount
        localResolutionRate
        escalatedCount
        followUpsDueCount
        followUpsOverdueCount
      }
    }
    byKind: disputeAggregate(filter: $filter, groupBy: [KIND]) {
      groups {
        keys {
          label
        }
        count
        closedCount
        localResolutionRate
        escalatedCount
      }
    }
    followUpsDue: overdueDisputes(rule: FOLLOW_UP, filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          kindLabel
          statusLabel
          agreement {
            effectiveOn
            performanceDeadline
          }
          community {
            name
          }
        }
      }
    }
    overMonth: overdueDisputes(rule: MEDIATION_MONTH, filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          kindLabel
          levelLabel
          statusLabel
          reportedAt
          community {
            name
          }
        }
      }
    }
  }
`);

/** 矛盾调解: 矛盾不上交 (local resolution) by community and kind, escalations, follow-ups due. */
export function MediationPage({ params }: { params: URLSearchParams }) {
  const month = params.get('month') ?? '';
  const community = params.get('community') ?? '';
  const filter = { ...(month ? { months: [month] } : {}), ...(community ? { communityIds: [community] } : {}) };
  const state = useQuery(MediationQuery, { filter });
  return (
    <>
      <Filters
        params={params}
        month={state.data?.allMonths.byMonth.map((row) => row.key) ?? true}
        communities={state.data?.communities.map((c) => ({ value: c.id, label: c.name })) ?? []}
      />
      <QueryFrame state={state}>
        {(data) => {
          const stats = data.disputeStatistics;
          return (
            <>
              <div className="kpis">
                <Kpi id="disputes" label="受理纠纷" value={stats.total} hint={`已结案 ${stats.closed} 件`} />
                <Kpi
                  id="local-resolution-rate"
                  label="矛盾不上交率"
                  value={percent(stats.localResolutionRate)}
                  hint={`就地化解 ${stats.closedResolvedLocally} / 结案 ${stats.closed}`}
                />
                <Kpi id="escalations" label="上交（升级）" value={stats.escalated} hint={`升级率 ${percent(stats.escalationRate)}`} />
                <Kpi id="follow-up-rate" label="回访率" value={percent(stats.followUpRate)} hint={`已回访 ${stats.followedUp} 件`} />
                <Kpi id="follow-ups-due" label="到期未回访" value={data.followUpsDue.totalCount} />
              </div>
              <div className="charts">
                <Chart
                  spec={{
                    id: 'local-resolution-by-community',
                    title: '矛盾不上交率（按社区）',
                    kind: 'bar',
                    rates: true,
                    columns: ['社区', '矛盾不上交率'],
                    rows: data.byCommunity.groups.map((g) => [g.keys[0].label, g.localResolutionRate ?? null]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'local-resolution-by-kind',
                    title: '矛盾不上交率（按纠纷类型）',
                    kind: 'hbar',
                    rates: true,
                    columns: ['纠纷类型', '矛盾不上交率'],
                    rows: data.byKind.groups.filter((g) => g.closedCount > 0).map((g) => [g.keys[0].label, g.localResolutionRate ?? null]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'disputes-by-kind',
                    title: '纠纷类型',
                    kind: 'pie',
                    columns: ['类型', '纠纷数'],
                    rows: stats.kindCounts.map((row) => [row.label, row.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'disputes-by-level',
                    title: '当前调解层级',
                    kind: 'bar',
                    columns: ['层级', '纠纷数'],
                    rows: stats.levelCounts.map((row) => [row.label, row.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'escalations-by-community',
                    title: '上交与回访（按社区）',
                    kind: 'bar',
                    columns: ['社区', '上交（升级）', '待回访', '逾期未回访'],
                    rows: data.byCommunity.groups.map((g) => [g.keys[0].label, g.escalatedCount, g.followUpsDueCount, g.followUpsOverdueCount]),
                  }}
                />
              </div>
              <div className="lists">
                <DataTable
                  id="follow-ups-due"
                  title={`到期未回访（${data.followUpsDue.totalCount} 件）`}
                  columns={['纠纷', '类型', '社区', '状态', '协议生效', '履行期限']}
                  rows={data.followUpsDue.edges.map(({ node }) => [
                    node.title,
                    node.kindLabel,
                    node.community?.name ?? '',
                    node.statusLabel,
                    formatDate(node.agreement?.effectiveOn),
                    formatDate(node.agreement?.performanceDeadline),
                  ])}
                  empty="没有到期未回访的纠纷"
                />
                <DataTable
                  id="over-month"
                  title={`超过一个月未化解（${data.overMonth.totalCount} 件）`}
                  columns={['纠纷', '类型', '层级', '社区', '状态', '登记日期']}
                  rows={data.overMonth.edges.map(({ node }) => [
                    node.title,
                    node.kindLabel,
                    node.levelLabel,
                    node.community?.name ?? '',
                    node.statusLabel,
                    formatDate(node.reportedAt),
                  ])}
                  empty="没有超期纠纷"
                />
              </div>
            </>
          );
        }}
      </QueryFrame>
    </>
  );
}
