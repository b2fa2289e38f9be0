import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { Filters } from '../components/Filters';
import { DataTable, Kpi, QueryFrame, formatDateTime } from '../components/ui';
import { percent } from '../csv';
import { useQuery } from '../graphql';

const SafetyQuery = graphql(`
  query DashboardSafety($months: [String!]) {
    incidentStatistics(filter: { months: $months }) {
      total
      withDispute
      severityCounts {
        key
        label
        count
      }
      sourceCounts {
        key
        label
        count
      }
    }
    sensingEventStatistics(filter: { months: $months }) {
      total
      kindCounts {
        key
        label
        count
      }
      triageCounts {
        key
        label
        count
      }
    }
    lostPersonSearchStatistics(filter: { months: $months }) {
      total
      found
      medianMinutesToFind
      foundWithin30MinutesRate
      foundWithin60MinutesRate
      categoryCounts {
        key
        label
        count
      }
    }
    patrolStatistics(filter: { months: $months }) {
      total
      findings
      statusCounts {
        key
        label
        count
      }
      byGrid {
        grid {
          id
          name
        }
        count
        findings
      }
    }
    incidentMonths: incidentStatistics {
      byMonth {
        key
      }
    }
    lostPersonMonths: lostPersonSearchStatistics {
      byMonth {
        key
      }
    }
    patrolMonths: patrolStatistics {
      byMonth {
        key
      }
    }
    openIncidents: incidents(filter: { months: $months, statuses: [OPEN, HANDLING] }, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          severityLabel
          statusLabel
          placeName
          occurredAt
        }
      }
    }
    searching: lostPersonCases(filter: { months: $months, statuses: [REPORTED, SEARCHING] }, first: 20) {
      totalCount
      edges {
        node {
          id
          caseNumber
          categoryLabel
          statusLabel
          lastSeenPlace
          lastSeenAt
          reporterPhone
        }
      }
    }
  }
`);

/** 社区平安: incidents, sensing events, lost persons, patrols. */
export function SafetyPage({ params }: { params: URLSearchParams }) {
  const month = params.get('month') ?? '';
  const state = useQuery(SafetyQuery, { months: month ? [month] : undefined });
  return (
    <>
      <Filters
        params={params}
        month={
          state.data ? [state.data.incidentMonths, state.data.lostPersonMonths, state.data.patrolMonths].flatMap((s) => s.byMonth.map((row) => row.key)) : true
        }
      />
      <QueryFrame state={state}>
        {(data) => {
          const lost = data.lostPersonSearchStatistics;
          return (
            <>
              <div className="kpis">
                <Kpi id="incidents" label="警情事件" value={data.incidentStatistics.total} hint={`转矛盾调解 ${data.incidentStatistics.withDispute} 件`} />
                <Kpi id="sensing-events" label="感知预警" value={data.sensingEventStatistics.total} />
                <Kpi id="lost-persons" label="走失求助" value={lost.total} hint={`已找到 ${lost.found} 人，中位用时 ${lost.medianMinutesToFind ?? '—'} 分钟`} />
                <Kpi
                  id="found-within-60"
                  label="60 分钟内找到"
                  value={percent(lost.foundWithin60MinutesRate)}
                  hint={`30 分钟内 ${percent(lost.foundWithin30MinutesRate)}`}
                />
                <Kpi id="patrols" label="巡逻班次" value={data.patrolStatistics.total} hint={`发现问题 ${data.patrolStatistics.findings} 处`} />
              </div>
              <div className="charts">
                <Chart
                  spec={{
                    id: 'incidents-by-severity',
                    title: '警情等级',
                    kind: 'bar',
                    columns: ['等级', '事件数'],
                    rows: data.incidentStatistics.severityCounts.map((r) => [r.label, r.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'incidents-by-source',
                    title: '警情来源',
                    kind: 'pie',
                    columns: ['来源', '事件数'],
                    rows: data.incidentStatistics.sourceCounts.map((r) => [r.label, r.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'sensing-by-kind',
                    title: '感知预警类型',
                    kind: 'bar',
                    columns: ['类型', '预警数'],
                    rows: data.sensingEventStatistics.kindCounts.map((r) => [r.label, r.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'sensing-by-triage',
                    title: '感知预警研判',
                    kind: 'pie',
                    columns: ['研判', '预警数'],
                    rows: data.sensingEventStatistics.triageCounts.map((r) => [r.label, r.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'lost-by-category',
                    title: '走失人员类别',
                    kind: 'bar',
                    columns: ['类别', '人数'],
                    rows: lost.categoryCounts.map((r) => [r.label, r.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'patrols-by-grid',
                    title: '各网格巡逻与发现',
                    kind: 'bar',
                    columns: ['网格', '班次', '发现问题'],
                    rows: data.patrolStatistics.byGrid.map((r) => [r.grid?.name ?? '未分网格', r.count, r.findings]),
                  }}
                />
              </div>
              <div className="lists">
                <DataTable
                  id="open-incidents"
                  title={`未处置完毕的警情（${data.openIncidents.totalCount} 件）`}
                  columns={['事件', '等级', '状态', '地点', '发生时间']}
                  rows={data.openIncidents.edges.map(({ node }) => [
                    node.title,
                    node.severityLabel,
                    node.statusLabel,
                    node.placeName ?? '',
                    formatDateTime(node.occurredAt),
                  ])}
                  empty="没有未处置的警情"
                />
                <DataTable
                  id="searching"
                  title={`正在寻找（${data.searching.totalCount} 人）`}
                  columns={['案号', '类别', '状态', '最后出现地点', '最后出现时间', '报告人电话']}
                  rows={data.searching.edges.map(({ node }) => [
                    node.caseNumber,
                    node.categoryLabel,
                    node.statusLabel,
                    node.lastSeenPlace,
                    formatDateTime(node.lastSeenAt),
                    node.reporterPhone ?? '',
                  ])}
                  empty="没有正在寻找的走失人员"
                />
              </div>
            </>
          );
        }}
      </QueryFrame>
    </>
  );
}
