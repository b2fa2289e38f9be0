import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_CALENDAR_DIR, config, expandYear, parseHolidayNotice } from '@pecg/common';

/**
 * `npm run calendar:import -- <notice.txt> [--year 2027] [--published 2026-11-05] [--url URL] [--out DIR]`
 *
 * Reads the text of the State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知,
 * copied from gov.cn) and writes `<year>.json` — to --out, else to the first HOLIDAY_CALENDAR_DIRS
 * directory, else to the bundled packages/common/calendar. It prints the days off and make-up days
 * for a second reading against the notice; it refuses a year that already has a file there.
 * The subgraphs read the calendars when they start: restart them after adding a year.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { year: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' } },
});
const [noticeFile] = positionals;
if (!noticeFile) {
  process.stderr.write('usage: npm run calendar:import -- <notice.txt> [--year YYYY] [--published YYYY-MM-DD] [--url URL] [--out DIR]\n');
  process.exit(1);
}
const file = parseHolidayNotice(fs.readFileSync(noticeFile, 'utf8'), {
  ...(values.year ? { year: Number(values.year) } : {}),
  ...(values.published ? { published: values.published } : {}),
  ...(values.url ? { url: values.url } : {}),
});
const expanded = expandYear(file);
const out = path.resolve(values.out ?? config.holidayCalendarDirs[0] ?? BUNDLED_CALENDAR_DIR);
const target = path.join(out, `${file.year}.json`);
if (fs.existsSync(target)) {
  process.stderr.write(`${target} exists; remove it first to replace year ${file.year}\n`);
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
for (const h of file.holidays)
  process.stdout.write(`  ${h.name}: ${h.from} – ${h.to}${h.makeUpWorkdays.length ? `, 上班 ${h.makeUpWorkdays.join(', ')}` : ''}\n`);
process.stdout.write(`  ${expanded.off.length} days off, ${expanded.makeUp.length} make-up working days\n`);
