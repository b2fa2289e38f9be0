import type { HolidayEntry, YearCalendarFile } from './holidays';

/**
 * Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) into
 * a year's calendar file. Each numbered item ("二、春节：2月15日（…）至23日（…）放假调休，共9天。
 * 2月14日（周六）、2月28日（周六）上班。") gives a holiday: the days off of its 放假 sentence (and a
 * 补休 day), and the make-up working days of its 上班 sentence. Parenthesised remarks (weekdays,
 * lunar dates, 除夕 advice) are ignored.
 */
export function parseHolidayNotice(text: string, options: { year?: number; published?: string; url?: string } = {}): YearCalendarFile {
  const titleYear = /关于(\d{4})年部分节假日安排的通知/.exec(text)?.[1];
  const year = options.year ?? (titleYear ? Number(titleYear) : NaN);
  if (!Number.isInteger(year)) throw new Error('the notice names no year (国务院办公厅关于YYYY年部分节假日安排的通知); pass --year');
  const published = options.published ?? publishedDate(text);
  if (!published) throw new Error('the notice has no date of issue (YYYY年M月D日 at its end); pass --published YYYY-MM-DD');
  const holidays: HolidayEntry[] = [];
  const items = text.replace(/\r/g, '').matchAll(/(?:^|\n)\s*[一二三四五六七八九十]+、\s*([^：:\n]+)[：:]([^\n]+)/g);
  for (const [, rawName, rawBody] of items) {
    const name = rawName.trim();
    const body = rawBody.replace(/（[^）]*）|\([^)]*\)/g, '');
    const entry: HolidayEntry = { name, from: '', to: '', makeUpWorkdays: [] };
    for (const sentence of body.split(/[。；;]/)) {
      if (/放假/.test(sentence)) {
        const range = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*至\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?/.exec(sentence);
        if (!range) throw new Error(`${name}: no day off in "${sentence}"`);
        const [, y1, m1, d1, y2, m2, d2] = range;
        const fromYear = y1 ? Number(y1) : year;
        entry.from = key(fromYear, Number(m1), Number(d1));
        entry.to = d2 ? key(y2 ? Number(y2) : fromYear + (m2 && Number(m2) < Number(m1) ? 1 : 0), Number(m2 ?? m1), Number(d2)) : entry.from;
      }
      const extra = /(\d{1,2})月(\d{1,2})日\s*补休/.exec(sentence);
      if (extra) {
        const day = key(year, Number(extra[1]), Number(extra[2]));
        if (!entry.from) throw new Error(`${name}: 补休 before the days off`);
        entry.to = day > entry.to ? day : entry.to;
      }
      if (/上班/.test(sentence)) {
        for (const [, y, m, d] of sentence.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)) {
          const month = Number(m);
          const dayYear = y ? Number(y) : month === 12 && entry.from.startsWith(`${year}-01`) ? year - 1 : year;
          entry.makeUpWorkdays.push(key(dayYear, month, Number(d)));
        }
      }
    }
    if (!entry.from) throw new Error(`${name}: the item has no 放假 sentence`);
    holidays.push(entry);
  }
  if (!holidays.length) throw new Error('no numbered holiday item (一、元旦：…) found in the notice');
  return {
    year,
    source: { title: `国务院办公厅关于${year}年部分节假日安排的通知`, publisher: '国务院办公厅', published, ...(options.url ? { url: options.url } : {}) },
    holidays,
  };
}

function key(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function publishedDate(text: string): string | undefined {
  const all = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const last = all[all.length - 1];
  return last ? key(Number(last[1]), Number(last[2]), Number(last[3])) : undefined;
}
