import { graphql } from '../__generated__';
import { Chart } from '../components/Chart';
import { Filters } from '../components/Filters';
import { DataTable, Kpi, QueryFrame, formatDate } from '../components/ui';
import { percent } from '../csv';
import { useQuery } from '../graphql';
import { monthLabel, monthRange, monthsAgo, recentMonths } from '../navigation';

const ActivityMonthsQuery = graphql(`
  query DashboardActivityMonths {
    activityStatistics {
      byMonth {
        key
        count
      }
    }
  }
`);

const ActivitiesQuery = graphql(`
  query DashboardActivities($filter: ActivityFilter, $from: DateTime, $before: DateTime, $idleSince: DateTime!) {
    activityStatistics(filter: $filter) {
      total
      completedSeats
      attended
      noShows
      attendanceRate
      noShowRate
      feedback {
        count
        averageRating
      }
      byKind {
        key
        label
        count
      }
      feedbackByKind {
        key
        label
        count
        averageRating
      }
      participation(first: 20) {
        enterprise {
          id
          name
        }
        registered
        attended
        noShows
        lastAttendedAt
      }
      venueUtilisation(from: $from, before: $before) {
        venue {
          id
          name
        }
        week
        bookings
        utilisationRate
      }
    }
    byKind: activityAggregate(filter: $filter, groupBy: [KIND]) {
      groups {
        keys {
          label
        }
        count
        registeredCount
        attendedCount
        noShowCount
        attendanceRate
      }
    }
    members: enterprises(filter: { allianceMember: true }, first: 100) {
      edges {
        node {
          id
          name
          lastActivityAttendedAt
          recentActivities: activitiesAttendedCount(filter: { startsFrom: $idleSince })
        }
      }
    }
  }
`);

/** 党建活动: attendance, no-shows, idle alliance members, room use. */
export function ActivitiesPage({ params }: { params: URLSearchParams }) {
  const month = params.get('month') ?? '';
  const filter = month ? { months: [month] } : {};
  // Room use is weekly: the chosen month, else the latest month up to now with activities (else the server's default weeks).
  const months = useQuery(ActivityMonthsQuery, {});
  const latest = months.data?.activityStatistics.byMonth
    .map((row) => row.key)
    .filter((key) => key <= recentMonths(1)[0])
    .sort()
    .pop();
  const roomMonth = month || latest || '';
  const rooms = roomMonth ? monthRange(roomMonth) : undefined;
  const state = useQuery(ActivitiesQuery, { filter, from: rooms?.from, before: rooms?.before, idleSince: monthsAgo(3) }, !month && months.loading);
  return (
    <>
      <Filters params={params} month={months.data?.activityStatistics.byMonth.map((row) => row.key) ?? true} />
      <QueryFrame state={state}>
        {(data) => {
          const stats = data.activityStatistics;
          const idle = data.members.edges.map((edge) => edge.node).filter((member) => member.recentActivities === 0);
          const rooms = new Map<string, { bookings: number; rates: number[] }>();
          for (const row of stats.venueUtilisation) {
            const room = rooms.get(row.venue.name) ?? { bookings: 0, rates: [] };
            room.bookings += row.bookings;
            room.rates.push(row.utilisationRate);
            rooms.set(row.venue.name, room);
          }
          return (
            <>
              <div className="kpis">
                <Kpi id="activities" label="活动场次" value={stats.total} />
                <Kpi id="attendance-rate" label="到场率" value={percent(stats.attendanceRate)} hint={`到场 ${stats.attended} / 名额 ${stats.completedSeats}`} />
                <Kpi id="no-shows" label="报名未到" value={stats.noShows} hint={`未到率 ${percent(stats.noShowRate)}`} />
                <Kpi id="idle-members" label="近 3 个月未参加活动的成员" value={idle.length} />
                <Kpi
                  id="feedback"
                  label="活动评价"
                  value={
                    stats.feedback.averageRating === null || stats.feedback.averageRating === undefined ? '—' : `${stats.feedback.averageRating.toFixed(2)} 分`
                  }
                  hint={`${stats.feedback.count} 条评价`}
                />
              </div>
              <div className="charts">
                <Chart
                  spec={{
                    id: 'activities-by-kind',
                    title: '活动类型',
                    kind: 'bar',
                    columns: ['类型', '场次'],
                    rows: stats.byKind.map((row) => [row.label, row.count]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'attendance-by-kind',
                    title: '到场率（按活动类型）',
                    kind: 'bar',
                    rates: true,
                    columns: ['类型', '到场率'],
                    rows: data.byKind.groups.filter((g) => g.registeredCount > 0).map((g) => [g.keys[0].label, g.attendanceRate ?? null]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'attendance-by-enterprise',
                    title: '企业参与（报名 / 到场 / 未到）',
                    kind: 'hbar',
                    columns: ['企业', '报名', '到场', '未到'],
                    rows: stats.participation.map((row) => [row.enterprise.name, row.registered, row.attended, row.noShows]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'room-use',
                    title: `活动室使用率（${roomMonth ? monthLabel(roomMonth) : '近期'}，周平均）`,
                    kind: 'bar',
                    rates: true,
                    columns: ['活动室', '使用率'],
                    rows: [...rooms.entries()].map(([name, room]) => [name, room.rates.reduce((a, b) => a + b, 0) / room.rates.length]),
                  }}
                />
                <Chart
                  spec={{
                    id: 'feedback-by-kind',
                    title: '各类活动平均评分',
                    kind: 'bar',
                    columns: ['类型', '平均评分'],
                    rows: stats.feedbackByKind.map((row) => [row.label, row.averageRating ?? null]),
                  }}
                />
              </div>
              <div className="lists">
                <DataTable
                  id="idle-members"
                  title="近 3 个月未参加活动的联盟成员"
                  columns={['企业', '最近一次参加']}
                  rows={idle.map((member) => [member.name, formatDate(member.lastActivityAttendedAt)])}
                  empty="所有成员近 3 个月都参加过活动"
                />
              </div>
            </>
          );
        }}
      </QueryFrame>
    </>
  );
}
