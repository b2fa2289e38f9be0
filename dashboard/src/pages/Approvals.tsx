import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { Filters } from '../components/Filters';
import { DataTable, Kpi, QueryFrame, formatDate } from '../components/ui';
import { percent } from '../csv';
import { useQuery } from '../graphql';

/**
 * One query: the statistics and the aggregates take the list's filter (month, approval item), so every
 * figure on the page counts the same applications; the monthly trend keeps the item but not the month.
 */
const ApprovalsQuery = graphql(`
  query DashboardApprovals($filter: ApplicationFilter, $trendFilter: ApplicationFilter, $ratingFilter: EvaluationFilter, $evaluationFilter: EvaluationFilter) {
    approvalItems {
      id
      name
    }
    approvalStatistics(filter: $filter) {
      onTimeRate
      withinPromiseRate
      decidedCount
      averageWorkingDaysToDecision
      acceptedWithDeficiencyRate
      commitmentFulfilmentRate
      atMostOneVisitRate
      evaluationCount
      satisfactionRate
      callBackRate
      overdueRectificationCount
      openSupervisionCaseCount
    }
    byStatus: applicationAggregate(filter: $filter, groupBy: [STATUS]) {
      groups {
        keys {
          label
        }
        count
      }
      totals {
        count
      }
    }
    byItem: applicationAggregate(filter: $filter, groupBy: [ITEM]) {
      groups {
        item {
          id
          name
        }
        count
        decidedCount
        onTimeRate
        withinPromiseRate
        acceptedWithDeficiencyCount
        deficiencyFulfilledOnTimeCount
        deficiencyTerminatedCount
        deficiencyPendingCount
      }
    }
    byMonth: applicationAggregate(filter: $trendFilter, groupBy: [TIME], timeBucket: MONTH) {
      groups {
        keys {
          value
          label
        }
        count
        atMostOneVisitRate
        onTimeRate
      }
    }
    ratings: evaluationAggregate(filter: $ratingFilter, groupBy: [RATING]) {
      groups {
        keys {
          label
        }
        count
      }
    }
    rectifications: evaluationAggregate(filter: $evaluationFilter, groupBy: [FOLLOW_UP_STATUS]) {
      groups {
        keys {
          label
        }
        count
      }
    }
    overdueApplications(filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          id
          statusLabel
          dueDate
          item {
            name
          }
          enterprise {
            name
          }
        }
      }
    }
    evaluations(filter: $evaluationFilter, first: 20) {
      totalCount
      edges {
        node {
          id
          ratingLabel
          followUpStatusLabel
          rectificationDueDate
          comment
          enterprise {
            name
          }
        }
      }
    }
  }
`);

/** Month groups of submitted applications (drafts have no submission month). */
function submittedMonths<G extends { keys: Array<{ value?: string | null }> }>(groups: G[]): G[] {
  return groups.filter((group) => group.keys[0].value);
}

/** 行政审批: on-time rate, 容缺 fulfilment, ≤ 1 visit, overdue list, 好差评 and rectifications. */
export function ApprovalsPage({ params }: { params: URLSearchParams }) {
  const month = params.get('month') ?? '';
  const item = params.get('item') ?? '';
  const byItem = item ? { itemIds: [item] } : {};
  const filter = { ...byItem, ...(month ? { months: [month] } : {}) };
  // Evaluations take the same item and month (the month they were given in).
  const state = useQuery(ApprovalsQuery, { filter, trendFilter: byItem, ratingFilter: filter, evaluationFilter: { ...filter, bad: true } });
  return (
    <>
      <Filters
        params={params}
        month={state.data?.byMonth.groups.map((group) => group.keys[0].value ?? '').filter(Boolean) ?? true}
        items={state.data?.approvalItems.map((i) => ({ value: i.id, label: i.name })) ?? []}
      />
      <QueryFrame state={state}>
        {(data) => {
          const stats = data.approvalStatistics;
          const items = data.byItem.groups.filter((group) => group.item);
          return (
            <>
              <div className="kpis">
                <Kpi
                  id="applications"
                  label="申请件数"
                  value={data.byStatus.totals.count}
                  hint={`已办结 ${stats.decidedCount} 件，平均 ${stats.averageWorkingDaysToDecision.toFixed(1)} 个工作日`}
                />
                <Kpi id="on-time-rate" label="法定时限内办结率" value={percent(stats.onTimeRate)} hint={`承诺时限内 ${percent(stats.withinPromiseRate)}`} />
                <Kpi
                  id="deficiency-rate"
                  label="容缺受理率"
                  value={percent(stats.acceptedWithDeficiencyRate)}
                  hint={`容缺承诺按期补正率 ${percent(stats.commitmentFulfilmentRate)}`}
                />
                <Kpi id="one-visit-rate" label="最多跑一次率" value={percent(stats.atMostOneVisitRate)} />
                <Kpi
                  id="satisfaction-rate"
                  label="好差评满意率"
                  value={percent(stats.satisfactionRate)}
                  hint={`评价 ${stats.evaluationCount} 件，差评回访率 ${percent(stats.callBackRate)}`}
                />
                <Kpi id="rectifications" label="逾期未整改 / 在办督办" value={`${stats.overdueRectificationCount} / ${stats.openSupervisionCaseCount}`} />
              </div>
              <div className="charts">
                <Chart
                  spec={{
                    id: 'applications-by-status',
                    title: '申请状态',
                    kind: 'bar',
                    columns: ['状态', '申请数'],
                    rows: data.byStatus.groups.map((g) => [g.keys[0].label, g.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'applications-by-month',
                    title: '每月申请量',
                    kind: 'line',
                    columns: ['月份', '申请数'],
                    rows: submittedMonths(data.byMonth.groups).map((g) => [g.keys[0].value ?? g.keys[0].label, g.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'one-visit-by-month',
                    title: '最多跑一次率（按月）',
                    kind: 'line',
                    rates: true,
                    columns: ['月份', '最多跑一次率'],
                    rows: submittedMonths(data.byMonth.groups).map((g) => [g.keys[0].value ?? g.keys[0].label, g.atMostOneVisitRate ?? null]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'on-time-by-item',
                    title: '各事项按时办结率',
                    kind: 'hbar',
                    rates: true,
                    columns: ['审批事项', '法定时限内', '承诺时限内'],
                    rows: items.filter((g) => g.decidedCount > 0).map((g) => [g.item!.name, g.onTimeRate ?? null, g.withinPromiseRate ?? null]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'deficiency-by-item',
                    title: '容缺受理（按事项）：按期补正 / 终止 / 待补正',
                    kind: 'hbar',
                    columns: ['审批事项', '容缺受理', '按期补正', '终止', '待补正'],
                    rows: items
                      .filter((g) => g.acceptedWithDeficiencyCount > 0)
                      .map((g) => [
                        g.item!.name,
                        g.acceptedWithDeficiencyCount,
                        g.deficiencyFulfilledOnTimeCount,
                        g.deficiencyTerminatedCount,
                        g.deficiencyPendingCount,
                      ]),
                  }}
                />
              </div>
              <div className="charts">
                <Chart
                  spec={{
                    id: 'evaluations-by-rating',
                    title: '好差评（按评价）',
                    kind: 'pie',
                    columns: ['评价', '件数'],
                    rows: data.ratings.groups.map((g) => [g.keys[0].label, g.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'rectifications-by-status',
                    title: '差评回访与整改',
                    kind: 'bar',
                    columns: ['整改状态', '差评件数'],
                    rows: data.rectifications.groups.map((g) => [g.keys[0].label, g.count]),
                  }}
                />
              </div>
              <div className="lists">
                <DataTable
                  id="overdue-applications"
                  title={`超期未办结（${data.overdueApplications.totalCount} 件）`}
                  columns={['企业', '审批事项', '状态', '办结期限']}
                  rows={data.overdueApplications.edges.map(({ node }) => [node.enterprise.name, node.item.name, node.statusLabel, formatDate(node.dueDate)])}
                  empty="没有超期件"
                />
                <DataTable
                  id="bad-evaluations"
                  title={`差评与整改（${data.evaluations.totalCount} 件）`}
                  columns={['企业', '评价', '整改状态', '整改期限', '意见']}
                  rows={data.evaluations.edges.map(({ node }) => [
                    node.enterprise.name,
                    node.ratingLabel,
                    node.followUpStatusLabel,
                    formatDate(node.rectificationDueDate),
                    node.comment ?? '',
                  ])}
                  empty="没有差评"
                />
              </div>
            </>
          );
        }}
      </QueryFrame>
    </>
  );
}
