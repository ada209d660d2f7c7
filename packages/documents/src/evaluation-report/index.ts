export { exportEvaluationReport, type EvaluationReportOptions } from './export-report.js';
