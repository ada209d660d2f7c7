import { Role } from './role.js';

/**
 * What an operation requires, declared with `@Allow(...)`. Which *projects* a permission reaches is
 * decided separately by the row scopes in `policy/project-scope.ts`.
 */
export enum Permission {
  /** Anyone, signed in or not (login). */
  Public = 'Public',
  /** Any signed-in user. */
  Authenticated = 'Authenticated',
  /** The bot, authenticated by the service token (whatever chat user it acts for). */
  Service = 'Service',
  ReadProject = 'ReadProject',
  /** Create and change projects, budgets, payments and indicators; import project files. */
  EditProject = 'EditProject',
  /** Set actuals, tiers and manual scores; score and submit evaluations. */
  EvaluateProject = 'EvaluateProject',
  /** Manage users, assignments and chat links. */
  Administer = 'Administer',
}

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.admin]: [Permission.Authenticated, Permission.ReadProject, Permission.EditProject, Permission.EvaluateProject, Permission.Administer],
  [Role.leader]: [Permission.Authenticated, Permission.ReadProject],
  [Role.financeReviewer]: [Permission.Authenticated, Permission.ReadProject, Permission.EvaluateProject],
  [Role.unitStaff]: [Permission.Authenticated, Permission.ReadProject, Permission.EditProject, Permission.EvaluateProject],
  [Role.evaluator]: [Permission.Authenticated, Permission.ReadProject, Permission.EvaluateProject],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set([Permission.Public, ...ROLE_PERMISSIONS[role]]);
}
