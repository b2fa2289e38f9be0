import type { DecidingAuthorityValue, ForwardingDoc, ProcedureKindValue, TimeLimitDoc } from '../models';

/**
 * The 19 approval items moved down to the 万象 police workstation, as the law has them — the one table
 * of limits, units, authorities and procedure kinds (CATALOGUE.md is this table for readers; the
 * catalogue test pins every row).
 *
 * Units: 行政许可法 art. 82 counts its own periods (art. 42's 20-day default, art. 43) in working days
 * (工作日); a regulation's "X日内" is calendar days (日), whose last day moves to the next working day
 * when it is a holiday or weekend (民法典 art. 203). Where a regulation sets no limit, 行政许可法 art. 42's
 * default applies (20 working days, extensible once by 10). The promised limit (承诺时限) is in working
 * days, never longer than the statutory one; for an item decided above the workstation it is the
 * workstation's own step (receive, review, forward).
 */
export interface CatalogueRow {
  name: string;
  procedureKind: ProcedureKindValue;
  decidingAuthority: DecidingAuthorityValue;
  legalBasis: string;
  /** null: a filing, recorded on receipt of complete materials. */
  statutory: TimeLimitDoc | null;
  timeLimitBasis: string;
  promised: number;
  extensionAllowed: boolean;
  forwarding?: ForwardingDoc;
  specific: string[];
  online?: boolean;
}

const WD = (value: number): TimeLimitDoc => ({ value, unit: 'WORKING_DAYS' });
const D = (value: number): TimeLimitDoc => ({ value, unit: 'DAYS' });
const ART42 = '《中华人民共和国行政许可法》第四十二条：法规未规定期限，20个工作日内作出决定（经负责人批准可延长10个工作日）';
const CITY = '眉山市公安局';
const NO_FORWARD_LIMIT = '法规未规定工作站报送时限：以本所承诺时限为报送时限';

export const CATALOGUE: CatalogueRow[] = [
  // 1 — not 剧毒 (剧毒 is item 9, 条例 art. 50): entering the restricted zones needs police approval (条例 art. 49,
  // 道路交通安全法 art. 48); no regulation sets a limit → 行政许可法 art. 42.
  {
    name: '危险化学品道路运输通行证核发',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《中华人民共和国道路交通安全法》第四十八条；《危险化学品安全管理条例》第四十九条',
    statutory: WD(20),
    timeLimitBasis: ART42,
    promised: 5,
    extensionAllowed: true,
    specific: ['危险化学品道路运输许可证', '驾驶人员、押运人员从业资格证'],
  },
  // 2 — 备案: the buyer reports within 5 days of purchase (条例 art. 41); recorded on receipt, no decision.
  {
    name: '易制爆危险化学品购买备案',
    procedureKind: 'FILING',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《危险化学品安全管理条例》第四十一条；《易制爆危险化学品治安管理办法》（公安部令第154号）',
    statutory: null,
    timeLimitBasis: '备案：材料齐全即予备案，无审批决定时限（购买单位应于购买后5日内报所在地县级公安机关备案，条例第四十一条）',
    promised: 0,
    extensionAllowed: false,
    specific: ['购买用途说明', '易制爆危险化学品从业单位登记表'],
  },
  // 3 — 运达地县级公安部门, 3 days from acceptance (条例 arts. 22–24).
  {
    name: '烟花爆竹道路运输许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《烟花爆竹安全管理条例》第二十二条、第二十三条',
    statutory: D(3),
    timeLimitBasis: '《烟花爆竹安全管理条例》第二十四条：自受理申请之日起3日内审查',
    promised: 1,
    extensionAllowed: false,
    specific: ['承运人道路危险货物运输许可证', '烟花爆竹购销合同'],
  },
  // 4 — 1 000–5 000 participants: county level (art. 11), 7 days (art. 13); above 5 000 the city decides.
  {
    name: '大型群众性活动安全许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《大型群众性活动安全管理条例》第十一条、第十二条（预计1000人以上5000人以下；5000人以上由设区的市级公安机关实施）',
    statutory: D(7),
    timeLimitBasis: '《大型群众性活动安全管理条例》第十三条：自受理之日起7日内审查',
    promised: 3,
    extensionAllowed: false,
    specific: ['安全工作方案', '场所管理者同意使用证明'],
  },
  // 5 — 公章刻制审批 cancelled (国发〔2017〕7号), replaced by 备案.
  {
    name: '公章刻制备案',
    procedureKind: 'FILING',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）：取消公章刻制审批，改为备案；《印铸刻字业暂行管理规则》',
    statutory: null,
    timeLimitBasis: '备案：材料齐全即予备案，无审批决定时限',
    promised: 0,
    extensionAllowed: false,
    specific: ['印章样式'],
    online: true,
  },
  // 6 — the city reviews within 15 days and reports, the province decides within 15 days (条例 art. 9):
  // the workstation receives and forwards.
  {
    name: '保安服务许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'HIGHER_AUTHORITY',
    legalBasis: '《保安服务管理条例》第八条、第九条',
    statutory: D(30),
    timeLimitBasis:
      '《保安服务管理条例》第九条：设区的市级公安机关自收到申请材料之日起15日内审核并报省级公安机关，省级公安机关自收到审核意见之日起15日内作出决定（共30日）',
    promised: 3,
    extensionAllowed: false,
    forwarding: {
      to: CITY,
      decidedBy: '四川省公安厅',
      forwardWithin: WD(3),
      forwardBasis: NO_FORWARD_LIMIT,
      authorityLimit: D(30),
      authorityBasis: '《保安服务管理条例》第九条：市局审核15日＋省厅决定15日',
    },
    specific: ['注册资本证明', '保安服务管理制度'],
  },
  // 7 — county-level 特种行业许可; no limit in the 办法 → 行政许可法 art. 42.
  {
    name: '旅馆业特种行业许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《旅馆业治安管理办法》第四条；《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件“旅馆业特种行业许可证核发”',
    statutory: WD(20),
    timeLimitBasis: ART42,
    promised: 10,
    extensionAllowed: true,
    specific: ['消防安全检查合格证明', '房屋产权或租赁证明'],
  },
  // 8 — county level, 3 days from receipt of the materials (条例 art. 39).
  {
    name: '剧毒化学品购买许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《危险化学品安全管理条例》第三十八条、第三十九条',
    statutory: D(3),
    timeLimitBasis: '《危险化学品安全管理条例》第三十九条：自收到材料之日起3日内作出批准或者不予批准的决定',
    promised: 1,
    extensionAllowed: false,
    specific: ['购买剧毒化学品用途说明', '安全生产许可证'],
  },
  // 9 — 剧毒 by road: 始发地或者目的地县级公安机关, 7 days (条例 art. 50).
  {
    name: '剧毒化学品道路运输通行证核发',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《危险化学品安全管理条例》第五十条',
    statutory: D(7),
    timeLimitBasis: '《危险化学品安全管理条例》第五十条：自收到材料之日起7日内作出批准或者不予批准的决定',
    promised: 3,
    extensionAllowed: false,
    specific: ['运输车辆安全技术条件证明', '剧毒化学品购销合同'],
  },
  // 10 — 所在地县级公安机关, 5 days (条例 art. 21).
  {
    name: '民用爆炸物品购买许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《民用爆炸物品安全管理条例》第二十一条',
    statutory: D(5),
    timeLimitBasis: '《民用爆炸物品安全管理条例》第二十一条：自受理申请之日起5日内审查',
    promised: 2,
    extensionAllowed: false,
    specific: ['民用爆炸物品使用许可证', '购买民用爆炸物品的品种、数量和用途说明'],
  },
  // 11 — 运达地县级公安机关, 3 days (条例 art. 26).
  {
    name: '民用爆炸物品运输许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《民用爆炸物品安全管理条例》第二十六条',
    statutory: D(3),
    timeLimitBasis: '《民用爆炸物品安全管理条例》第二十六条：自受理申请之日起3日内审查',
    promised: 1,
    extensionAllowed: false,
    specific: ['运输车辆、驾驶员和押运员资质证明', '民用爆炸物品购买许可证'],
  },
  // 12 — 非营业性: issued by the city-level bureau under the Ministry's rules (art. 32 "有关人民政府公安机关"), 20 days.
  {
    name: '爆破作业单位许可（非营业性）',
    procedureKind: 'PERMIT',
    decidingAuthority: 'HIGHER_AUTHORITY',
    legalBasis: '《民用爆炸物品安全管理条例》第三十一条、第三十二条（非营业性爆破作业单位许可由设区的市级公安机关实施）',
    statutory: D(20),
    timeLimitBasis: '《民用爆炸物品安全管理条例》第三十二条：自受理申请之日起20日内审查',
    promised: 5,
    extensionAllowed: false,
    forwarding: {
      to: CITY,
      decidedBy: CITY,
      forwardWithin: WD(5),
      forwardBasis: NO_FORWARD_LIMIT,
      authorityLimit: D(20),
      authorityBasis: '《民用爆炸物品安全管理条例》第三十二条：20日',
    },
    specific: ['爆破作业人员资格证明', '爆破作业专用设备清单'],
  },
  // 13 — 分级管理 by risk grade (art. 32), 20 days from acceptance (art. 33).
  {
    name: '焰火晚会烟花爆竹燃放许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《烟花爆竹安全管理条例》第三十二条、第三十三条',
    statutory: D(20),
    timeLimitBasis: '《烟花爆竹安全管理条例》第三十三条：自受理申请之日起20日内审查',
    promised: 10,
    extensionAllowed: false,
    specific: ['燃放作业方案', '燃放作业单位资质证明'],
  },
  // 14 — the county bureau forwards within 10 days, the city decides within 10 days (办法 arts. 16–17).
  {
    name: '典当业特种行业许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'HIGHER_AUTHORITY',
    legalBasis: '《典当管理办法》（商务部、公安部令2005年第8号）第十六条、第十七条',
    statutory: D(20),
    timeLimitBasis: '《典当管理办法》第十七条：县级公安机关受理后10日内报设区的市级公安机关，市级公安机关10日内审核批准（共20日）',
    promised: 5,
    extensionAllowed: false,
    forwarding: {
      to: CITY,
      decidedBy: CITY,
      forwardWithin: D(10),
      forwardBasis: '《典当管理办法》第十七条：受理后10日内将申请材料及初步审核结果报送',
      authorityLimit: D(10),
      authorityBasis: '《典当管理办法》第十七条：10日内审核批准完毕',
    },
    specific: ['典当经营许可证', '安全防范设施检查证明'],
  },
  // 15 — 备案 with the city-level bureau within 30 days of starting (条例 art. 14): received and forwarded.
  {
    name: '自行招用保安员单位备案',
    procedureKind: 'FILING',
    decidingAuthority: 'HIGHER_AUTHORITY',
    legalBasis: '《保安服务管理条例》第十四条（向所在地设区的市级公安机关备案）',
    statutory: null,
    timeLimitBasis: '备案：材料齐全即予备案，无审批决定时限（单位应自开始保安服务之日起30日内备案）',
    promised: 3,
    extensionAllowed: false,
    forwarding: {
      to: CITY,
      decidedBy: CITY,
      forwardWithin: WD(3),
      forwardBasis: NO_FORWARD_LIMIT,
      authorityLimit: null,
      authorityBasis: '备案无决定时限',
    },
    specific: ['保安员名单及保安员证', '保安工作管理制度'],
    online: true,
  },
  // 16 — 备案 before the purchase with the county bureau (条例 art. 17).
  {
    name: '第二类、第三类易制毒化学品购买备案',
    procedureKind: 'FILING',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《易制毒化学品管理条例》第十七条',
    statutory: null,
    timeLimitBasis: '备案：购买前备案，材料齐全即予备案，无审批决定时限',
    promised: 0,
    extensionAllowed: false,
    specific: ['购买合同', '易制毒化学品用途证明'],
    online: true,
  },
  // 17 — 第二类: 运出地县级, 3 days (arts. 20–21); 第一类 (10 days) is the city's, 第三类 a filing: not this item.
  {
    name: '第二类易制毒化学品运输许可',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《易制毒化学品管理条例》第二十条、第二十一条（第一类由设区的市级公安机关审批，10日；第三类运输为备案）',
    statutory: D(3),
    timeLimitBasis: '《易制毒化学品管理条例》第二十一条：自收到第二类易制毒化学品运输许可申请之日起3日内审查',
    promised: 1,
    extensionAllowed: false,
    specific: ['易制毒化学品购销合同', '运输人员资质证明'],
  },
  // 18 — 国务院令第412号 item 41; in Sichuan the 市（州）公安局 decides; no special limit → art. 42.
  {
    name: '金融机构营业场所和金库安全防范设施建设方案审批',
    procedureKind: 'PERMIT',
    decidingAuthority: 'HIGHER_AUTHORITY',
    legalBasis:
      '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第41项；《金融机构营业场所和金库安全防范设施建设许可实施办法》（公安部令第86号）第四条（四川省由市（州）公安局实施）',
    statutory: WD(20),
    timeLimitBasis: ART42,
    promised: 5,
    extensionAllowed: false,
    forwarding: {
      to: CITY,
      decidedBy: CITY,
      forwardWithin: WD(5),
      forwardBasis: NO_FORWARD_LIMIT,
      authorityLimit: WD(20),
      authorityBasis: ART42,
    },
    specific: ['安全防范设施建设方案', '设计单位资质证明'],
  },
  // 19 — the regulation itself counts 20 working days (art. 11), at the same level as the culture department.
  {
    name: '互联网上网服务营业场所信息网络安全审核',
    procedureKind: 'PERMIT',
    decidingAuthority: 'THIS_OFFICE',
    legalBasis: '《互联网上网服务营业场所管理条例》第十一条',
    statutory: WD(20),
    timeLimitBasis: '《互联网上网服务营业场所管理条例》第十一条：自收到申请之日起20个工作日内作出决定',
    promised: 10,
    extensionAllowed: false,
    specific: ['网络安全技术措施说明', '营业场所平面图'],
  },
];
