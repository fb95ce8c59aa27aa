/**
 * Format v1 (`shared/spec/journeymap-format-v1.md`) written in our schema DSL.
 * The published `public/schema/journeymap-v1.schema.json` is generated from
 * `journeyMapSchema`; a test fails when the committed file differs.
 *
 * Rules JSON Schema cannot express (cross references, unique ids, fields by
 * lane type, sorted measurements) live in `mapRules.ts`.
 */
import {
  array,
  enumOf,
  integer,
  literal,
  named,
  number,
  object,
  optional,
  string,
  toJsonSchema,
  withDoc,
} from './schema';
import type { Infer, JsonSchemaNode } from './schema';
import { CHANNELS, LANE_TYPES } from './types';
import type { JourneyMap } from './types';

export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

/** How many entries format v1 allows per collection (the map's own `tags` included). */
export const FORMAT_LIMITS = {
  phases: 200,
  lanes: 100,
  cards: 20_000,
  actions: 5_000,
  mapTags: 50,
} as const;
export const SCHEMA_ID = 'urn:journeyboard:schema:journeymap-v1';
export const SCHEMA_FILE = 'public/schema/journeymap-v1.schema.json';

const id = named(
  'Id',
  string({ pattern: ID_PATTERN, patternHint: 'an id (1–64 of A-Z a-z 0-9 _ -)' }),
);
const text = (max: number) => string({ max });
const name = (max = 200) => string({ min: 1, max });
const date = named('Date', string({ format: 'date' }));
const dateTime = named('DateTime', string({ format: 'date-time' }));
const tag = string({ min: 1, max: 64 });
const rating = integer({ min: 1, max: 5 });

const personaShape = object({
  name: name(),
  description: optional(text(10_000)),
  goals: optional(withDoc(array(text(10_000)), 'jobs to be done')),
  priorKnowledge: optional(text(10_000)),
});
const persona = named('Persona', personaShape);

const phaseShape = object({ id, name: name(), description: optional(text(10_000)) });
const phase = named('Phase', phaseShape);

const laneShape = object({ id, type: named('LaneType', enumOf(LANE_TYPES)), name: name() });
const lane = named('Lane', laneShape);

const measurementShape = object({ value: number(), date });
const measurement = named('Measurement', measurementShape);
const targetShape = object({ value: number(), date: optional(date) });

const kpiShape = object({
  unit: optional(text(32)),
  direction: enumOf(['higherIsBetter', 'lowerIsBetter'] as const),
  baseline: optional(withDoc(measurement, 'the first (zero) measurement')),
  target: optional(targetShape),
  measurements: optional(withDoc(array(measurement), 'later measurements, sorted by date')),
});
const kpi = named('Kpi', kpiShape);

const commentShape = object({ author: text(200), text: text(10_000), at: dateTime });
const comment = named('Comment', commentShape);

const cardShape = object({
  id,
  laneId: id,
  phaseId: id,
  text: text(10_000),
  tags: optional(array(tag)),
  color: optional(string({ pattern: '^#[0-9A-Fa-f]{6}$', patternHint: 'a colour like #1a2b3c' })),
  votes: optional(integer({ min: 0 })),
  links: optional(array(id)),
  comments: optional(array(comment)),
  channel: optional(withDoc(enumOf(CHANNELS), 'touchpoints lanes only')),
  ownerTeam: optional(withDoc(text(200), 'touchpoints lanes only')),
  score: optional(withDoc(integer({ min: -3, max: 3 }), 'emotions lanes only, required there')),
  severity: optional(withDoc(rating, 'painPoints lanes only')),
  impact: optional(withDoc(rating, 'opportunities lanes only')),
  effort: optional(withDoc(rating, 'opportunities lanes only')),
  kpi: optional(withDoc(kpi, 'kpis lanes only, required there')),
});
const card = named(
  'Card',
  cardShape,
  'A card; fields by lane type are checked by the reader, not by this schema.',
);

const actionShape = object({
  id,
  title: name(500),
  status: enumOf(['open', 'doing', 'done'] as const),
  ownerTeam: optional(text(200)),
  due: optional(date),
  cardIds: array(id),
});
const action = named('Action', actionShape);
const variantShape = object({ of: id, label: name() });
const parentShape = object({ mapId: id, phaseId: id });

/** The whole file: a journey map or (kind "template") a template. */
export const journeyMapSchema = object({
  format: literal('journeymap'),
  formatVersion: literal(1),
  kind: enumOf(['map', 'template'] as const),
  id,
  title: name(),
  description: optional(text(10_000)),
  language: optional(string({ format: 'bcp47' })),
  state: optional(enumOf(['current', 'future'] as const)),
  cxGoal: optional(text(2_000)),
  scenario: optional(text(10_000)),
  persona: optional(persona),
  owner: optional(text(200)),
  tags: optional(array(tag, { max: FORMAT_LIMITS.mapTags })),
  variant: optional(variantShape),
  parent: optional(parentShape),
  createdAt: dateTime,
  updatedAt: dateTime,
  phases: array(phase, { min: 1, max: FORMAT_LIMITS.phases }),
  lanes: array(lane, { max: FORMAT_LIMITS.lanes }),
  cards: array(card, { max: FORMAT_LIMITS.cards }),
  actions: optional(array(action, { max: FORMAT_LIMITS.actions })),
});

/**
 * The parts of format v1 one by one, for checks of a single entity or field
 * (document commands use them, so what a command accepts a file accepts too).
 * Object parts expose their property schemas as `.props` (see `propSchema`).
 */
export const formatParts = {
  id,
  date,
  dateTime,
  map: journeyMapSchema,
  persona: personaShape,
  variant: variantShape,
  parent: parentShape,
  phase: phaseShape,
  lane: laneShape,
  card: cardShape,
  kpi: kpiShape,
  measurement: measurementShape,
  target: targetShape,
  comment: commentShape,
  action: actionShape,
} as const;

// Compile-time proof that the schema and the shared types describe the same data:
// a value the schema accepts is a JourneyMap, and a JourneyMap passes as one.
type SchemaMap = Infer<typeof journeyMapSchema>;
const _schemaToType = (m: SchemaMap): JourneyMap => m;
const _typeToSchema = (m: JourneyMap): SchemaMap => m;
void _schemaToType;
void _typeToSchema;

/** The published JSON Schema (draft 2020-12) of format v1, as plain data. */
export function formatJsonSchema(): JsonSchemaNode {
  return toJsonSchema(journeyMapSchema, {
    id: SCHEMA_ID,
    title: 'Journey map, format v1',
    description:
      'A customer journey map (or template) in Journeyboard exchange format v1. ' +
      'Readers also check cross references, unique ids and lane-type fields.',
  });
}
