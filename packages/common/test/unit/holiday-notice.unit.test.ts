import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLED_CALENDAR_DIR, expandYear, loadCalendarDirectories, parseHolidayNotice, WorkingCalendar, type YearCalendarFile } from '../../src/calendar';

/** The notice for 2026 as published (新华社, 2025-11-04). */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
鼓励单位和个人结合落实带薪年休假等制度，实际形成较长假期，推动错峰出行。
国务院办公厅
2025年11月4日`;

/** The 2024 notice: single days "与周末连休", the 除夕 advice in parentheses. */
const NOTICE_2024 = `国务院办公厅关于2024年部分节假日安排的通知
一、元旦：1月1日放假，与周末连休。
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
五、端午节：6月10日放假，与周末连休。
六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
国务院办公厅
2023年10月25日`;

const bundled = (year: number) => JSON.parse(fs.readFileSync(path.join(BUNDLED_CALENDAR_DIR, `${year}.json`), 'utf8')) as YearCalendarFile;

describe('State Council holiday notice → calendar file', () => {
  it.each([
    [2026, NOTICE_2026, '2025-11-04'],
    [2024, NOTICE_2024, '2023-10-25'],
  ])('reads the %i notice into exactly the bundled file', (year, text, published) => {
    const parsed = parseHolidayNotice(text);
    expect(parsed.year).toBe(year);
    expect(parsed.source).toEqual({ title: `国务院办公厅关于${year}年部分节假日安排的通知`, publisher: '国务院办公厅', published });
    expect(parsed.holidays).toEqual(bundled(year).holidays);
    expect(expandYear(parsed).off).toEqual(expandYear(bundled(year)).off);
  });

  it('reads a 补休 day and a range across the year end', () => {
    const parsed = parseHolidayNotice(
      '国务院办公厅关于2017年部分节假日安排的通知\n一、元旦：1月1日放假，1月2日（星期一）补休。\n六、中秋节、国庆节：10月1日至8日放假调休，共8天。9月30日（星期六）上班。\n国务院办公厅\n2016年12月1日',
    );
    expect(parsed.holidays).toEqual([
      { name: '元旦', from: '2017-01-01', to: '2017-01-02', makeUpWorkdays: [] },
      { name: '中秋节、国庆节', from: '2017-10-01', to: '2017-10-08', makeUpWorkdays: ['2017-09-30'] },
    ]);
    const crossing = parseHolidayNotice('关于2023年部分节假日安排的通知\n一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。\n2022年12月8日');
    expect(crossing.holidays[0]).toMatchObject({ from: '2022-12-31', to: '2023-01-02' });
  });

  it('refuses a text that is not a notice, or a file that breaks the rules, naming what is wrong', () => {
    expect(() => parseHolidayNotice('hello')).toThrow(/names no year/);
    expect(() => parseHolidayNotice('关于2027年部分节假日安排的通知\n2026年11月5日')).toThrow(/no numbered holiday item/);
    const file = parseHolidayNotice(NOTICE_2026);
    expect(() => expandYear({ ...file, holidays: [{ name: '春节', from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-16'] }] })).toThrow(
      /make-up working day 2026-02-16 is not a Saturday or Sunday/,
    );
    expect(() => expandYear({ ...file, holidays: [{ name: '春节', from: '2026-02-30', to: '2026-02-23', makeUpWorkdays: [] }] })).toThrow(/not a calendar day/);
  });
});

describe('calendar directories (HOLIDAY_CALENDAR_DIRS)', () => {
  it('adds a year dropped in an extra directory; the new year then counts, its holidays skipped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-calendar-'));
    const y2027 = parseHolidayNotice(
      '关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共3天。\n国务院办公厅\n2026年11月5日'.replace('关于', '国务院办公厅关于'),
    );
    fs.writeFileSync(path.join(dir, '2027.json'), JSON.stringify(y2027));
    const calendars = loadCalendarDirectories([BUNDLED_CALENDAR_DIR, dir]);
    expect(Object.keys(calendars)).toEqual(['2023', '2024', '2025', '2026', '2027']);
    const calendar = new WorkingCalendar(calendars);
    expect(calendar.addWorkingDaysKey(new Date('2026-12-31T10:00:00+08:00'), 1)).toBe('2027-01-04');
    fs.writeFileSync(path.join(dir, '2026.json'), JSON.stringify(bundled(2026)));
    expect(() => loadCalendarDirectories([BUNDLED_CALENDAR_DIR, dir])).toThrow(/year 2026 is already loaded/);
    expect(() => loadCalendarDirectories([path.join(dir, 'missing')])).toThrow(/does not exist/);
    fs.rmSync(dir, { recursive: true });
  });
});
