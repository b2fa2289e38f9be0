import { officialCalendars } from '@pecg/common';

export interface HolidayCalendarYearView {
  year: number;
  sourceTitle: string;
  publisher: string;
  published: string;
  url: string | null;
  daysOff: string[];
  makeUpWorkdays: string[];
}

/** The calendars the shared working calendar counts with (bundled years and HOLIDAY_CALENDAR_DIRS), by year. */
export function holidayCalendars(): HolidayCalendarYearView[] {
  return Object.entries(officialCalendars())
    .map(([year, c]) => ({
      year: Number(year),
      sourceTitle: c.source.title,
      publisher: c.source.publisher,
      published: c.source.published,
      url: c.source.url ?? null,
      daysOff: [...c.off].sort(),
      makeUpWorkdays: [...c.makeUp].sort(),
    }))
    .sort((a, b) => a.year - b.year);
}
