import { demoId, demoPersonName, demoPhone } from '@pecg/demo';
import type { CommunityDoc, GridDoc } from '../models';

/** 白虎滩社区 (Dongpo district) and the park, with their grids (网格). */
export const DEMO_COMMUNITIES: CommunityDoc[] = [
  { _id: demoId('community', 1), name: '白虎滩社区', district: '东坡区', areaKm2: 3.03, residents: 5000, residentialCompounds: 3, peakDailyTourists: 100_000 },
  {
    _id: demoId('community', 2),
    name: '万象创新科技产业园',
    district: '眉山高新区（甘眉园区）',
    areaKm2: null,
    residents: null,
    residentialCompounds: null,
    peakDailyTourists: null,
  },
];

const GRIDS: Array<[community: number, name: string, covers: string]> = [
  [1, '白虎滩第一网格', '第一居民小区'],
  [1, '白虎滩第二网格', '第二居民小区'],
  [1, '白虎滩第三网格', '第三居民小区'],
  [1, '白虎滩景区网格', '景区及游客集散区'],
  [2, '园区东区网格', '产业园东区厂房'],
  [2, '园区西区网格', '产业园西区厂房'],
  [2, '园区孵化楼网格', '孵化楼及万象警务工作站'],
];

export const DEMO_GRIDS: GridDoc[] = GRIDS.map(([community, name, covers], i) => ({
  _id: demoId('grid', i + 1),
  communityId: demoId('community', community),
  name,
  covers,
  worker: { name: demoPersonName(9000 + i), phone: demoPhone(9000 + i) },
}));

/** Grid numbers (1-based) by area. */
export const RESIDENTIAL_GRIDS = [1, 2, 3];
export const SCENIC_GRID = 4;
export const PARK_GRIDS = [5, 6, 7];
