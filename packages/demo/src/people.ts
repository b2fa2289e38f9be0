/**
 * Fictional, deterministic people for demo and benchmark data (registrants, dispute parties,
 * volunteers, grid workers): the same n gives the same name, phone and ID number everywhere.
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '罗', '高', '林'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建华', '志强', '桂兰', '小红', '国平', '海燕'];

export function demoPersonName(n: number): string {
  return SURNAMES[n % SURNAMES.length] + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length];
}

/** An 11-digit mainland mobile number starting 139. */
export function demoPhone(n: number): string {
  return `139${String((n * 7919 + 10_000_000) % 100_000_000).padStart(8, '0')}`;
}

/** An 18-character resident ID number of 东坡区 (511402) with a valid GB 11643 check digit. */
export function demoIdNumber(n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + ((n * 7_919) % 14_600) * 86_400_000);
  const body = `511402${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
