/** The schema DSL: one description, two outputs (JSON Schema and a validator). */
export * from './core';
export * from './primitives';
export * from './jsonSchema';
export type { StringFormat } from './formats';
