/** The anonymised report over a date range, and its CSV. */
export { report, writeReportCsv } from './reports';
