import { demoId } from '@pecg/demo';
import type { ActorStamp } from '@pecg/common';
import type { DeviceDoc, DeviceKind, PlaceKind } from '../models';

/**
 * The platform as article 2 describes it: 136 HD video feeds, 5 new "eagle-eye" high-point cameras,
 * and AI cameras at 23 key checkpoints and places of 白虎滩社区 (grids 1–4 of the mediation demo).
 */
export const DEMO_DEVICE_COUNTS: Record<Exclude<DeviceKind, 'SENSOR'>, number> = { HD_CAMERA: 136, EAGLE_EYE: 5, AI_CAMERA: 23 };

export const SEED_ACTOR: ActorStamp = { subject: 'demo-seed', role: 'ADMIN', name: '演示数据', at: new Date('2023-03-01T09:00:00+08:00') };

/** The 23 key checkpoints and places with AI cameras (卡口 and 重点部位). */
export const KEY_PLACES: Array<[name: string, kind: PlaceKind, grid: number]> = [
  ['东坡水街北口', 'CHECKPOINT', 4],
  ['东坡水街南口', 'CHECKPOINT', 4],
  ['东坡水街中段', 'KEY_PLACE', 4],
  ['白虎滩大桥东桥头', 'CHECKPOINT', 4],
  ['白虎滩大桥西桥头', 'CHECKPOINT', 4],
  ['游客服务中心', 'KEY_PLACE', 4],
  ['景区停车场入口', 'CHECKPOINT', 4],
  ['景区停车场出口', 'CHECKPOINT', 4],
  ['滨河步道', 'KEY_PLACE', 4],
  ['亲水平台', 'KEY_PLACE', 4],
  ['民俗广场', 'KEY_PLACE', 4],
  ['美食街', 'KEY_PLACE', 4],
  ['公交站', 'CHECKPOINT', 4],
  ['第一小区大门', 'CHECKPOINT', 1],
  ['第一小区北门', 'CHECKPOINT', 1],
  ['第二小区大门', 'CHECKPOINT', 2],
  ['第二小区地下车库', 'KEY_PLACE', 2],
  ['第三小区大门', 'CHECKPOINT', 3],
  ['第三小区东门', 'CHECKPOINT', 3],
  ['社区卫生服务站', 'KEY_PLACE', 1],
  ['社区综治中心', 'KEY_PLACE', 2],
  ['幼儿园门口', 'KEY_PLACE', 3],
  ['农贸市场', 'KEY_PLACE', 1],
];
const HIGH_POINTS = ['水街观景塔', '白虎滩大桥塔架', '游客中心楼顶', '第二小区高楼', '滨河公园高杆'];

function device(n: number, kind: DeviceKind, name: string, placeKind: PlaceKind, placeName: string, grid: number): DeviceDoc {
  const code = `BHT-${kind === 'HD_CAMERA' ? 'HD' : kind === 'EAGLE_EYE' ? 'EY' : 'AI'}-${String(n).padStart(3, '0')}`;
  const installedOn = new Date(Date.UTC(2022, 6 + (n % 6), 1 + (n % 27)));
  const stamp = { ...SEED_ACTOR, at: installedOn };
  const offline = kind === 'HD_CAMERA' && n % 45 === 7;
  const maintenance = kind === 'HD_CAMERA' && n % 68 === 30;
  const history: DeviceDoc['statusHistory'] = [{ from: null, to: 'ONLINE', reason: '登记上线', actor: stamp, at: installedOn }];
  if (offline)
    history.push({
      from: 'ONLINE',
      to: 'OFFLINE',
      reason: '光纤中断，待抢修',
      actor: { ...SEED_ACTOR, at: new Date('2024-05-20T08:00:00+08:00') },
      at: new Date('2024-05-20T08:00:00+08:00'),
    });
  if (maintenance)
    history.push({
      from: 'ONLINE',
      to: 'MAINTENANCE',
      reason: '镜头清洁与固件升级',
      actor: { ...SEED_ACTOR, at: new Date('2024-05-28T10:00:00+08:00') },
      at: new Date('2024-05-28T10:00:00+08:00'),
    });
  return {
    _id: demoId(`cs-device-${kind}`, n),
    code,
    name,
    kind,
    placeKind,
    placeName,
    gridId: demoId('grid', grid),
    community: '白虎滩社区',
    videoRef: `vms://baihutan/${code.toLowerCase()}`,
    status: offline ? 'OFFLINE' : maintenance ? 'MAINTENANCE' : 'ONLINE',
    statusHistory: history,
    installedOn,
    created: stamp,
    updated: history[history.length - 1].actor,
    version: history.length,
  };
}

export function demoDevices(): DeviceDoc[] {
  const hd = Array.from({ length: DEMO_DEVICE_COUNTS.HD_CAMERA }, (_, i) => {
    const grid = 1 + (i % 4);
    const place = grid === 4 ? KEY_PLACES[i % 13][0] : `${['第一', '第二', '第三'][grid - 1]}小区${1 + (i % 12)}号楼`;
    return device(i + 1, 'HD_CAMERA', `${place}高清监控${String(i + 1).padStart(3, '0')}`, 'GRID', place, grid);
  });
  const eagle = HIGH_POINTS.map((place, i) => device(i + 1, 'EAGLE_EYE', `${place}鹰眼`, 'KEY_PLACE', place, 4));
  const ai = KEY_PLACES.map(([place, kind, grid], i) => device(i + 1, 'AI_CAMERA', `${place}AI摄像机`, kind, place, grid));
  return [...hd, ...eagle, ...ai];
}
