import { demoId } from '@pecg/demo';
import type { ApprovalItemDoc, RequiredMaterialDoc, ServiceMeasureDoc } from '../models';
import { CATALOGUE } from './catalogue-items';

/** Essential (主项): form, licence, the item's own documents; non-essential (非主项): rules and training records. */
function materials(specific: string[]): RequiredMaterialDoc[] {
  const names: Array<[string, boolean]> = [
    ['申请表', true],
    ['营业执照', true],
    ['经办人身份证明及授权委托书', true],
    ...specific.map((s): [string, boolean] => [s, true]),
    ['安全管理制度', false],
    ['从业人员安全培训记录', false],
  ];
  return names.map(([name, essential], i) => ({ code: `M${String(i + 1).padStart(2, '0')}`, name, essential }));
}

export const demoItemId = (n: number) => demoId('approval-item', n);

export function catalogue(): ApprovalItemDoc[] {
  return CATALOGUE.map((row, i) => ({
    _id: demoItemId(i + 1),
    code: `GA-ZA-${String(i + 1).padStart(3, '0')}`,
    name: row.name,
    legalBasis: row.legalBasis,
    procedureKind: row.procedureKind,
    decidingAuthority: row.decidingAuthority,
    statutoryTimeLimit: row.statutory,
    timeLimitBasis: row.timeLimitBasis,
    extensionAllowed: row.extensionAllowed,
    forwarding: row.forwarding ?? null,
    statutoryTimeLimitDays: row.statutory?.value ?? 0,
    promisedTimeLimitDays: row.promised,
    requiredMaterials: materials(row.specific),
    onlineSubmissionAllowed: row.online ?? i % 4 !== 3,
    maxInPersonVisits: 1,
    version: 2,
  }));
}

/** The 23 measures serving enterprises (服务企业23条), each linked to the items it covers. */
const MEASURES: Array<[title: string, description: string, owner: string, items: number[] | 'all']> = [
  ['审批事项下沉警务工作站', '19项涉企治安审批事项在万象警务工作站受理、办结。', '分局治安大队', 'all'],
  ['最多跑一次', '材料齐全的申请，企业最多到现场一次即可办结。', '万象警务工作站', 'all'],
  ['一键网办', '可网上提交的事项全程网上办理。', '万象警务工作站', [5, 15, 16]],
  ['非主项材料容缺办理', '主项材料齐全、非主项材料暂缺的，先行受理，限期补齐。', '分局治安大队', 'all'],
  ['拍照补件', '容缺材料可拍照发送承办民警，原件办结时核验。', '万象警务工作站', 'all'],
  ['一次性告知', '材料不全的，一次性书面告知需补正的全部内容。', '万象警务工作站', 'all'],
  ['承诺时限办结', '在法定时限基础上压缩承诺办结时限。', '分局法制大队', 'all'],
  ['“办不成事”倒查督导', '企业办不成的事逐件倒查原因、压实责任、限期整改。', '分局督察大队', 'all'],
  ['政务服务好差评', '每件办结事项接受企业评价，差评必回访、必整改。', '分局督察大队', 'all'],
  ['帮办代办', '对重点项目企业安排民警全程帮办代办。', '万象警务工作站', [1, 4, 6, 12]],
  ['预约延时服务', '工作日中午、周末可预约办理。', '万象警务工作站', 'all'],
  ['上门服务', '对规上企业和重点项目提供上门受理。', '万象警务工作站', [4, 7, 13, 18]],
  ['证照寄递送达', '许可证件免费邮寄送达。', '万象警务工作站', 'all'],
  ['危化品运输绿色通道', '危险化学品运输通行证即来即办。', '分局治安大队', [1, 8, 9]],
  ['民爆物品审批提速', '民用爆炸物品购买（法定5日）、运输（法定3日）许可承诺1–2个工作日办结。', '分局治安大队', [10, 11, 12]],
  ['大型活动安全指导', '大型群众性活动提前介入指导安全工作方案。', '分局治安大队', [4, 13]],
  ['特种行业许可告知承诺', '旅馆、典当等特种行业许可推行告知承诺。', '分局治安大队', [7, 14]],
  ['保安服务规范指导', '指导保安服务公司和自招保安单位依法经营。', '分局治安大队', [6, 15]],
  ['易制毒易制爆备案便利化', '易制毒、易制爆化学品备案网上即办。', '分局禁毒大队', [2, 16, 17]],
  ['金融网点安防建设指导', '金融机构安防设施建设方案提前审核指导。', '分局治安大队', [18]],
  ['网络安全审核服务', '上网服务场所网络安全审核上门检查、限时办结。', '分局网安大队', [19]],
  ['一企一警联系服务', '每家规上企业配备联系民警，审批问题直通解决。', '万象警务工作站', 'all'],
  ['企业诉求限时响应', '企业反映的审批问题24小时内响应。', '万象警务工作站', 'all'],
];

export function measures(): ServiceMeasureDoc[] {
  return MEASURES.map(([title, description, owner, items], i) => ({
    _id: demoId('service-measure', i + 1),
    number: i + 1,
    title,
    description,
    owner,
    effectiveOn: new Date(`2022-0${1 + (i % 9)}-01T00:00:00+08:00`),
    itemIds: (items === 'all' ? CATALOGUE.map((_, j) => j + 1) : items).map(demoItemId),
    version: 1,
  }));
}
