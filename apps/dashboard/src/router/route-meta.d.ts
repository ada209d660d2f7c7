import 'vue-router';
import type { Permission } from './route-access';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu and document title). */
    titleKey: string;
    /** Reachable without signing in. */
    public?: boolean;
    /** Shown in the side menu. */
    menu?: boolean;
    /** The menu entry to highlight on a page that has none of its own. */
    activeMenu?: string;
    /**
     * What the user must be allowed to do to use the page: without it the page is not in the menu
     * and opening its link shows 无权访问 instead of a form the API would refuse.
     */
    permission?: Permission;
  }
}
