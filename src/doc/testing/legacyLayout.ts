/**
 * Test helpers for documents stored before the compact card layout: a raw
 * writer of the legacy layout (each card with `laneId phaseId order
 * deleted(false) text` and five nested Y.Maps), written with plain Y.Map calls
 * and no doc-layer code, and the bytes the old writer code really produced
 * (legacy-layout.json, recorded from commit 2d5ee7a: everyFieldMap with card
 * n1 shortened to 20 characters, seeded, then votes, a resolved comment, a
 * link, a measurement, a KPI unit, a move, field and text edits, a delete, a
 * delete + restore and a new card, each through the commands of that time).
 */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { newId } from '../../model/ids';
import { keysBetween } from '../../model/ordering';
import type { Card, JourneyMap, JsonValue } from '../../model/types';

type Json = Record<string, JsonValue>;

/** The recorded old document: its update, and what it exported and showed then. */
export interface LegacyRecording {
  /** `Y.encodeStateAsUpdate` after the seed and the commands, base64 */
  readonly update: string;
  /** `Y.encodeStateAsUpdate` of the old `createMapDoc(map)` alone, base64 */
  readonly seedUpdate: string;
  /** `exportMap` of the old document */
  readonly export: JourneyMap;
  /** `snapshotJson(buildSnapshot(doc))` of the old document, parsed */
  readonly snapshot: unknown;
}

/** The recording (see the file comment). */
export function legacyRecording(): LegacyRecording {
  const url = new URL('./legacy-layout.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as LegacyRecording;
}

/** A doc holding a recorded update. */
export function docFrom(base64: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
  return doc;
}

/** The map the recording was seeded with. */
export function recordedSeedMap(base: JourneyMap): JourneyMap {
  return {
    ...base,
    cards: base.cards.map((c) => (c.id === 'n1' ? { ...c, text: 'x'.repeat(20) } : c)),
  };
}

function entity(fields: Record<string, JsonValue | undefined>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Keys `target`, `target␀1`, … for a list of link targets, as the old writer made them. */
function linkKeys(targets: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return targets.map((t) => {
    const n = seen.get(t) ?? 0;
    seen.set(t, n + 1);
    return n === 0 ? t : `${t}\u0000${n}`;
  });
}

/** A card's Y.Map in the legacy layout, as the old writer made it (not yet in a doc). */
export function legacyCardMap(card: Card, order: string): Y.Map<unknown> {
  const { id: _id, laneId, phaseId, text, votes, links, comments, kpi, ...rest } = card;
  const map = entity({ laneId, phaseId, order, deleted: false });
  map.set('text', new Y.Text(text));
  const nested = (key: string): Y.Map<unknown> => {
    const m = new Y.Map<unknown>();
    map.set(key, m);
    return m;
  };
  const votesMap = nested('votes');
  const linksMap = nested('links');
  const commentsMap = nested('comments');
  const kpiMap = nested('kpi');
  const measurements = nested('measurements');
  for (const [key, value] of Object.entries(rest)) map.set(key, value as JsonValue);
  if (votes !== undefined) votesMap.set('_imported', votes);
  const keys = linkKeys(links ?? []);
  keysBetween(null, null, keys.length).forEach((o, i) => linksMap.set(keys[i] ?? '', o));
  const commentOrders = keysBetween(null, null, comments?.length ?? 0);
  (comments ?? []).forEach((c, i) => {
    const { 'x-resolved': resolved, ...fields } = c as Json;
    // `true` was the flag; any other value stayed an extension
    const ext = resolved === true || resolved === undefined ? {} : { 'x-resolved': resolved };
    commentsMap.set(
      newId(),
      entity({ ...fields, ...ext, resolved: resolved === true, order: commentOrders[i] ?? '' }),
    );
  });
  if (kpi) {
    const { measurements: list = [], ...fields } = kpi as Json & { measurements?: Json[] };
    for (const [key, value] of Object.entries(fields)) kpiMap.set(key, value);
    const orders = keysBetween(null, null, list.length);
    list.forEach((m, i) => measurements.set(newId(), { ...m, order: orders[i] ?? '' }));
  }
  const empty = [
    links?.length === 0 && 'links',
    comments?.length === 0 && 'comments',
    kpi?.measurements?.length === 0 && 'measurements',
  ].filter((name) => typeof name === 'string');
  if (empty.length > 0) map.set('keepEmpty', empty);
  return map;
}

/**
 * Seed `doc` with `map` in the legacy layout, in one transaction, with raw
 * Y.Map writes only (phases and lanes carry `deleted: false` as they did).
 */
export function writeLegacyMap(map: JourneyMap, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const { format: _f, formatVersion: _v, phases, lanes, cards, actions, ...meta } = map;
  doc.transact(() => {
    const metaMap = doc.getMap('meta');
    for (const [key, value] of Object.entries(meta)) metaMap.set(key, value as JsonValue);
    if (actions?.length === 0) metaMap.set('keepEmpty', ['actions']);
    const structure = (name: string, items: readonly Json[]): void => {
      const root = doc.getMap(name);
      const orders = keysBetween(null, null, items.length);
      items.forEach((item, i) => {
        const { id, ...fields } = item;
        root.set(String(id), entity({ ...fields, order: orders[i] ?? '', deleted: false }));
      });
    };
    structure('phases', phases as unknown as Json[]);
    structure('lanes', lanes as unknown as Json[]);
    const cardRoot = doc.getMap('cards');
    const cardOrders = keysBetween(null, null, cards.length);
    cards.forEach((card, i) => cardRoot.set(card.id, legacyCardMap(card, cardOrders[i] ?? '')));
    const actionRoot = doc.getMap('actions');
    const actionOrders = keysBetween(null, null, actions?.length ?? 0);
    (actions ?? []).forEach((a, i) => {
      const { id, ...fields } = a as unknown as Json;
      actionRoot.set(String(id), entity({ ...fields, order: actionOrders[i] ?? '' }));
    });
  });
  return doc;
}
