/** The journey-management maturity check: model, evidence, ratings. Pure. */
export * from './levels';
export * from './stages';
export * from './evidence';
export * from './ratings';
export * from './check';
