import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { downloadCsv, percent, type Cell } from '../csv';

echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSpec {
  /** Stable id: the CSV file name and the test hook (data-chart). */
  id: string;
  title: string;
  kind: 'bar' | 'hbar' | 'line' | 'pie';
  /** First column: the category; the others: one series each. */
  columns: string[];
  rows: Array<[string, ...Array<number | null>]>;
  /** Values are rates in [0, 1] (shown as percentages). */
  rates?: boolean;
  note?: string;
}

/** The page's CJK font, so canvas labels render Chinese (fonts-noto-cjk on the test machine). */
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a'];

function option(spec: ChartSpec): echarts.EChartsCoreOption {
  // A pie without its empty slices (their 0 % labels only overlap); bars keep every category.
  const rows = spec.kind === 'pie' ? spec.rows.filter((row) => (row[1] ?? 0) > 0) : spec.rows;
  const source = [spec.columns, ...rows];
  const formatter = spec.rates ? (value: number) => `${Math.round(value * 100)}%` : undefined;
  if (spec.kind === 'pie')
    return {
      color: PALETTE,
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      dataset: { source },
      series: [
        {
          type: 'pie',
          radius: ['35%', '62%'],
          label: {
            formatter: (item: { name: string; value: unknown; percent?: number }) => `${item.name}\n${(item.value as Cell[])[1]}（${item.percent ?? 0}%）`,
          },
        },
      ],
    };
  const horizontal = spec.kind === 'hbar';
  // Every label while they fit; past 12 categories (a monthly trend) ECharts picks which to show.
  const crowded = !horizontal && (spec.rows.length > 6 || (spec.rows.length > 3 && spec.rows.some((row) => row[0].length > 4)));
  const many = spec.rows.length > 12;
  const category = {
    type: 'category' as const,
    axisLabel: {
      interval: many && !horizontal ? 'auto' : 0,
      hideOverlap: many,
      rotate: crowded ? 30 : 0,
      width: horizontal ? 180 : undefined,
      overflow: 'truncate' as const,
    },
  };
  const value = { type: 'value' as const, axisLabel: { formatter }, max: spec.rates ? 1 : undefined };
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: spec.columns.length > 2 ? { top: 0 } : undefined,
    grid: { left: 10, right: 20, top: spec.columns.length > 2 ? 30 : 15, bottom: 10, containLabel: true },
    dataset: { source },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: spec.columns.slice(1).map(() => ({ type: spec.kind === 'line' ? 'line' : 'bar', seriesLayoutBy: 'column' })),
  };
}

const cellText = (spec: ChartSpec, cell: Cell) => (typeof cell === 'number' || cell === null ? (spec.rates ? percent(cell) : String(cell ?? '—')) : cell);

/** An ECharts chart with its data as a table (read by screen readers and tests) and a CSV export. */
export function Chart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(spec);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption(option(spec));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [key]);
  const empty = spec.rows.length === 0;
  return (
    <figure className="card chart" data-chart={spec.id}>
      <figcaption>
        <span>{spec.title}</span>
        <button type="button" className="export" data-export={spec.id} onClick={() => downloadCsv(spec.id, spec.columns, spec.rows)}>
          导出 CSV
        </button>
      </figcaption>
      {empty ? (
        <p className="empty">暂无数据</p>
      ) : (
        <div
          className="plot"
          ref={box}
          style={spec.kind === 'hbar' ? { height: Math.max(280, spec.rows.length * (spec.columns.length > 2 ? 30 : 22) + 70) } : undefined}
        />
      )}
      {spec.note ? <p className="note">{spec.note}</p> : null}
      <details>
        <summary>数据表</summary>
        <table className="chart-data">
          <thead>
            <tr>
              {spec.columns.map((column) => (
                <th key={column}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, index) => (
                  <td key={index} data-value={cell ?? ''}>
                    {cellText(spec, cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
