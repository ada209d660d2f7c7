import { createI18n } from 'vue-i18n';
import enAdmin from './en-US/admin.json';
import enCharts from './en-US/charts.json';
import enCommon from './en-US/common.json';
import enDetail from './en-US/detail.json';
import enDocuments from './en-US/documents.json';
import enEvaluation from './en-US/evaluation.json';
import enHistory from './en-US/history.json';
import enLogin from './en-US/login.json';
import enMenu from './en-US/menu.json';
import enMonitoring from './en-US/monitoring.json';
import enOverview from './en-US/overview.json';
import enProjects from './en-US/projects.json';
import enRankings from './en-US/rankings.json';
import enSubscriptions from './en-US/subscriptions.json';
import zhAdmin from './zh-CN/admin.json';
import zhCharts from './zh-CN/charts.json';
import zhCommon from './zh-CN/common.json';
import zhDetail from './zh-CN/detail.json';
import zhDocuments from './zh-CN/documents.json';
import zhEvaluation from './zh-CN/evaluation.json';
import zhHistory from './zh-CN/history.json';
import zhLogin from './zh-CN/login.json';
import zhMenu from './zh-CN/menu.json';
import zhMonitoring from './zh-CN/monitoring.json';
import zhOverview from './zh-CN/overview.json';
import zhProjects from './zh-CN/projects.json';
import zhRankings from './zh-CN/rankings.json';
import zhSubscriptions from './zh-CN/subscriptions.json';

const zhCN = {
  common: zhCommon,
  menu: zhMenu,
  login: zhLogin,
  overview: zhOverview,
  projects: zhProjects,
  detail: zhDetail,
  documents: zhDocuments,
  evaluation: zhEvaluation,
  history: zhHistory,
  monitoring: zhMonitoring,
  admin: zhAdmin,
  charts: zhCharts,
  rankings: zhRankings,
  subscriptions: zhSubscriptions,
};

/** zh-CN is the schema: an en-US file missing a key fails the type check. */
export type MessageSchema = typeof zhCN;

const enUS: MessageSchema = {
  common: enCommon,
  menu: enMenu,
  login: enLogin,
  overview: enOverview,
  projects: enProjects,
  detail: enDetail,
  documents: enDocuments,
  evaluation: enEvaluation,
  history: enHistory,
  monitoring: enMonitoring,
  admin: enAdmin,
  charts: enCharts,
  rankings: enRankings,
  subscriptions: enSubscriptions,
};

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export function createAppI18n(locale: Locale = 'zh-CN') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, 'en-US': enUS },
  });
}
