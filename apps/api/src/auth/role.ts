import { registerEnumType } from '@nestjs/graphql';

/** Who a user is in the performance-management process. */
export enum Role {
  /** Manages users, units and every project. */
  admin = 'admin',
  /** 领导: reads everything in their region (the region and the regions below it). */
  leader = 'leader',
  /** 财政复核: reads every project, scores and submits reviews. */
  financeReviewer = 'financeReviewer',
  /** 项目单位人员: reads and edits the projects of their own unit only. */
  unitStaff = 'unitStaff',
  /** 评价组成员: reads and scores the projects they are assigned to. */
  evaluator = 'evaluator',
}

registerEnumType(Role, { name: 'Role', description: 'A user\'s role; what each may do is documented on the operations.' });

export function isRole(value: string): value is Role {
  return (Object.values(Role) as string[]).includes(value);
}
