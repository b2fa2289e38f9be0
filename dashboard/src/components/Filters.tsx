import { setFilter, monthLabel, recentMonths } from '../navigation';

export interface Option {
  value: string;
  label: string;
}

function Select({ name, label, value, options, all }: { name: string; label: string; value: string; options: Option[]; all: string }) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select name={name} data-filter={name} value={value} onChange={(event) => setFilter(name, event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Newest first; the selected month stays selectable even when it has no records. */
function monthOptions(month: true | string[], selected: string | null): Option[] {
  const keys = new Set(month === true ? recentMonths() : month);
  if (selected) keys.add(selected);
  return [...keys].sort((a, b) => b.localeCompare(a)).map((key) => ({ value: key, label: monthLabel(key) }));
}

/** The filter bar of a page: month (YYYY-MM, China Standard Time), community, approval item — those that apply. */
export function Filters({
  params,
  month,
  communities,
  items,
}: {
  params: URLSearchParams;
  /** The month filter: true (the last 24 months) or the months that have records (YYYY-MM). */
  month?: boolean | string[];
  communities?: Option[];
  items?: Option[];
}) {
  return (
    <div className="filters" role="search">
      {month ? <Select name="month" label="月份" value={params.get('month') ?? ''} all="全部月份" options={monthOptions(month, params.get('month'))} /> : null}
      {communities ? <Select name="community" label="社区" value={params.get('community') ?? ''} all="全部社区" options={communities} /> : null}
      {items ? <Select name="item" label="审批事项" value={params.get('item') ?? ''} all="全部事项" options={items} /> : null}
    </div>
  );
}
