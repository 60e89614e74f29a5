/** The anonymised report over a date range, and its CSV. */
export { report, reportQueries, writeReportCsv } from './reports';
