import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { dataOf } from './helpers';

type Row = [
  code: string,
  name: string,
  kind: 'PERMIT' | 'FILING',
  authority: 'THIS_OFFICE' | 'HIGHER_AUTHORITY',
  limit: string | null,
  promised: number,
  legalBasis: string[],
  limitBasis: string,
];

/**
 * The catalogue as the law has it (issue 13 item 1): each item's procedure kind, deciding authority,
 * statutory limit with its unit, promised limit and legal basis (regulation and article), one row per item.
 */
const TABLE: Row[] = [
  [
    'GA-ZA-001',
    '危险化学品道路运输通行证核发',
    'PERMIT',
    'THIS_OFFICE',
    '20个工作日',
    5,
    ['道路交通安全法》第四十八条', '危险化学品安全管理条例》第四十九条'],
    '行政许可法》第四十二条',
  ],
  ['GA-ZA-002', '易制爆危险化学品购买备案', 'FILING', 'THIS_OFFICE', null, 0, ['危险化学品安全管理条例》第四十一条'], '备案'],
  ['GA-ZA-003', '烟花爆竹道路运输许可', 'PERMIT', 'THIS_OFFICE', '3日', 1, ['烟花爆竹安全管理条例》第二十二条'], '第二十四条'],
  ['GA-ZA-004', '大型群众性活动安全许可', 'PERMIT', 'THIS_OFFICE', '7日', 3, ['大型群众性活动安全管理条例》第十一条'], '第十三条'],
  ['GA-ZA-005', '公章刻制备案', 'FILING', 'THIS_OFFICE', null, 0, ['国发〔2017〕7号'], '备案'],
  ['GA-ZA-006', '保安服务许可', 'PERMIT', 'HIGHER_AUTHORITY', '30日', 3, ['保安服务管理条例》第八条、第九条'], '第九条'],
  ['GA-ZA-007', '旅馆业特种行业许可', 'PERMIT', 'THIS_OFFICE', '20个工作日', 10, ['旅馆业治安管理办法》第四条'], '行政许可法》第四十二条'],
  ['GA-ZA-008', '剧毒化学品购买许可', 'PERMIT', 'THIS_OFFICE', '3日', 1, ['危险化学品安全管理条例》第三十八条、第三十九条'], '第三十九条'],
  ['GA-ZA-009', '剧毒化学品道路运输通行证核发', 'PERMIT', 'THIS_OFFICE', '7日', 3, ['危险化学品安全管理条例》第五十条'], '第五十条'],
  ['GA-ZA-010', '民用爆炸物品购买许可', 'PERMIT', 'THIS_OFFICE', '5日', 2, ['民用爆炸物品安全管理条例》第二十一条'], '第二十一条'],
  ['GA-ZA-011', '民用爆炸物品运输许可', 'PERMIT', 'THIS_OFFICE', '3日', 1, ['民用爆炸物品安全管理条例》第二十六条'], '第二十六条'],
  ['GA-ZA-012', '爆破作业单位许可（非营业性）', 'PERMIT', 'HIGHER_AUTHORITY', '20日', 5, ['民用爆炸物品安全管理条例》第三十一条、第三十二条'], '第三十二条'],
  ['GA-ZA-013', '焰火晚会烟花爆竹燃放许可', 'PERMIT', 'THIS_OFFICE', '20日', 10, ['烟花爆竹安全管理条例》第三十二条、第三十三条'], '第三十三条'],
  ['GA-ZA-014', '典当业特种行业许可', 'PERMIT', 'HIGHER_AUTHORITY', '20日', 5, ['典当管理办法》', '第十六条、第十七条'], '第十七条'],
  ['GA-ZA-015', '自行招用保安员单位备案', 'FILING', 'HIGHER_AUTHORITY', null, 3, ['保安服务管理条例》第十四条'], '备案'],
  ['GA-ZA-016', '第二类、第三类易制毒化学品购买备案', 'FILING', 'THIS_OFFICE', null, 0, ['易制毒化学品管理条例》第十七条'], '备案'],
  ['GA-ZA-017', '第二类易制毒化学品运输许可', 'PERMIT', 'THIS_OFFICE', '3日', 1, ['易制毒化学品管理条例》第二十条、第二十一条'], '第二十一条'],
  [
    'GA-ZA-018',
    '金融机构营业场所和金库安全防范设施建设方案审批',
    'PERMIT',
    'HIGHER_AUTHORITY',
    '20个工作日',
    5,
    ['国务院令第412号）附件第41项', '公安部令第86号）第四条'],
    '行政许可法》第四十二条',
  ],
  ['GA-ZA-019', '互联网上网服务营业场所信息网络安全审核', 'PERMIT', 'THIS_OFFICE', '20个工作日', 10, ['互联网上网服务营业场所管理条例》第十一条'], '第十一条'],
];

/** The forwarding steps: to whom, who decides, the workstation's clock and the authority's. */
const FORWARDING: Record<string, [to: string, decidedBy: string, forwardWithin: string, authorityLimit: string | null]> = {
  'GA-ZA-006': ['眉山市公安局', '四川省公安厅', '3个工作日', '30日'],
  'GA-ZA-012': ['眉山市公安局', '眉山市公安局', '5个工作日', '20日'],
  'GA-ZA-014': ['眉山市公安局', '眉山市公安局', '10日', '10日'],
  'GA-ZA-015': ['眉山市公安局', '眉山市公安局', '3个工作日', null],
  'GA-ZA-018': ['眉山市公安局', '眉山市公安局', '5个工作日', '20个工作日'],
};

describe('the catalogue as the law has it', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('pins each of the 19 items: procedure kind, deciding authority, statutory limit with its unit, promised limit, legal basis', async () => {
    const { approvalItems } = dataOf(
      await sg.query(`{ approvalItems {
        code name procedureKind procedureKindLabel decidingAuthority decidingAuthorityLabel legalBasis timeLimitBasis extensionAllowed
        statutoryTimeLimit { value unit unitLabel text } statutoryTimeLimitDays promisedTimeLimitDays
        forwarding { to decidedBy forwardWithin { text } forwardBasis authorityLimit { text } authorityBasis } } }`),
    );
    expect(approvalItems.map((i: any) => i.code)).toEqual(TABLE.map((r) => r[0]));
    for (const [code, name, kind, authority, limit, promised, basis, limitBasis] of TABLE) {
      const item = approvalItems.find((i: any) => i.code === code);
      expect({
        code,
        name: item.name,
        kind: item.procedureKind,
        authority: item.decidingAuthority,
        limit: item.statutoryTimeLimit?.text ?? null,
        promised: item.promisedTimeLimitDays,
      }).toEqual({
        code,
        name,
        kind,
        authority,
        limit,
        promised,
      });
      for (const part of basis) expect(`${code} ${item.legalBasis}`).toContain(part);
      expect(`${code} ${item.timeLimitBasis}`).toContain(limitBasis);
      expect(item.procedureKindLabel).toBe(kind === 'PERMIT' ? '行政许可' : '备案');
      expect(item.decidingAuthorityLabel).toBe(authority === 'THIS_OFFICE' ? '本机关决定' : '报送上级决定');
      if (item.statutoryTimeLimit) {
        expect(item.statutoryTimeLimit.unitLabel).toBe(item.statutoryTimeLimit.unit === 'DAYS' ? '日' : '工作日');
        expect(item.statutoryTimeLimitDays).toBe(item.statutoryTimeLimit.value);
        // the promise is shorter than the law's limit (calendar days count at most as fast as working days)
        expect(promised).toBeLessThan(item.statutoryTimeLimit.value);
      }
      // art. 42's one extension only where its own 20-working-day default applies and this office decides
      expect(`${code} ${item.extensionAllowed}`).toBe(`${code} ${limitBasis === '行政许可法》第四十二条' && authority === 'THIS_OFFICE'}`);
      const forwarding = FORWARDING[code];
      expect(`${code} ${Boolean(item.forwarding)}`).toBe(`${code} ${authority === 'HIGHER_AUTHORITY'}`);
      if (forwarding)
        expect([item.forwarding.to, item.forwarding.decidedBy, item.forwarding.forwardWithin.text, item.forwarding.authorityLimit?.text ?? null]).toEqual(
          forwarding,
        );
    }
    // item 1 is not 剧毒: its basis is not art. 50, which belongs to item 9
    expect(approvalItems[0].legalBasis).not.toContain('第五十条');
  });

  it('lists the loaded holiday calendars with their source, days off and make-up days', async () => {
    const { holidayCalendars } = dataOf(await sg.query(`{ holidayCalendars { year sourceTitle publisher published daysOff makeUpWorkdays } }`));
    const years = holidayCalendars.map((c: any) => c.year);
    expect(years.slice(0, 4)).toEqual([2023, 2024, 2025, 2026]);
    const y2024 = holidayCalendars.find((c: any) => c.year === 2024);
    expect(y2024.sourceTitle).toContain('2024年部分节假日安排');
    expect(y2024.daysOff).toEqual(expect.arrayContaining(['2024-10-01', '2024-10-07', '2024-02-10']));
    expect(y2024.makeUpWorkdays).toEqual(expect.arrayContaining(['2024-09-29', '2024-10-12']));
  });
});
