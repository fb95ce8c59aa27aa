/** The pure journey-map domain; import from here or from the single modules. */
export * from './types';
export * from './snapshot';
export * from './ids';
export * from './ordering';
export * from './validation';
export * from './parseMapFile';
export * from './templates';
export * from './kpi';
export * from './emotionCurve';
export {
  journeyMapSchema,
  formatJsonSchema,
  formatParts,
  FORMAT_LIMITS,
  ID_PATTERN,
  SCHEMA_ID,
  SCHEMA_FILE,
} from './formatSchema';
