import 'vue-router';

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
    /** Administrators only (the API's Administer permission). */
    admin?: boolean;
  }
}
