/** Insights across maps: the rows of every report kind, one pure implementation. */
export * from './types';
export {
  reportRows,
  painPointRows,
  opportunityRows,
  actionRows,
  kpiRows,
  touchpointRows,
} from './rows';
export { kpiTrend, kpiSeries, latestMeasurement } from './kpiTrend';
export {
  ownerRows,
  similarOwnerGroups,
  vocabularyKey,
  gatherVocabulary,
  type Vocabulary,
} from './owners';
export { rowsToCsv, rowsToMarkdown, cellText } from './format';
export { todayIso } from './mapIndex';
export {
  checkMeasurementItem,
  checkMeasurementCells,
  isFullDate,
  type MeasurementCheck,
} from './measurementInput';
export { readCsv, CsvSyntaxError, type CsvRecord } from './csvRead';
export { filterMaps, filterRows, type InsightFilter } from './filter';
