import type { RouteMeta } from 'vue-router';

/** The API's permissions a page can need (apps/api/src/auth/permission.ts), as the dashboard names them. */
export type Permission = 'evaluate' | 'import' | 'administer';

export interface Abilities {
  readonly canEvaluate: boolean;
  readonly canImport: boolean;
  readonly canAdminister: boolean;
}

const ABILITY: Record<Permission, keyof Abilities> = { evaluate: 'canEvaluate', import: 'canImport', administer: 'canAdminister' };

/** Whether a signed-in user with these abilities may use a page: the menu and the layout ask the same question. */
export function mayOpen(meta: Pick<RouteMeta, 'permission'> | undefined, abilities: Abilities): boolean {
  return meta?.permission === undefined || abilities[ABILITY[meta.permission]];
}
