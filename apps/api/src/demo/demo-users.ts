import { Role } from '../auth/role.js';
import { PREFECTURE_CODE, SAMPLE_UNIT_NAME } from './changji-prefecture.js';

/** The one password of every demo user (documented in apps/api/README.md). Demo data only. */
export const DEMO_PASSWORD = 'jixiao-demo';

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitName?: string;
  readonly regionCode?: string;
}

/** One user per role, plus a second unit's staff and a county leader, so permissions can be tried. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: Role.admin },
  { username: 'leader', displayName: '昌吉州分管领导', role: Role.leader, regionCode: PREFECTURE_CODE },
  { username: 'leader-fukang', displayName: '阜康市分管领导', role: Role.leader, regionCode: '652302' },
  { username: 'finance', displayName: '州财政局绩效科复核员', role: Role.financeReviewer },
  { username: 'zfw-staff', displayName: '州党委政法委财务人员', role: Role.unitStaff, unitName: SAMPLE_UNIT_NAME },
  { username: 'edu-staff', displayName: '州教育局财务人员', role: Role.unitStaff, unitName: '昌吉州教育局' },
  { username: 'evaluator', displayName: '评价组成员（第三方）', role: Role.evaluator },
];

/** Chat accounts linked to the demo users, for the bot's console adapter: `console:<username>`. */
export const DEMO_CHAT_PLATFORM = 'console';
