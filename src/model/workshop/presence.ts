/**
 * Presence: what each participant of a live workshop shows the others — who they
 * are, where their pointer is, what they select, edit or drag, what they look at.
 *
 * Scope: presence. It travels in the Yjs awareness protocol only and is NEVER
 * stored in the document (it vanishes ~30 s after a peer leaves). Peers may send
 * anything, so every state that arrives goes through `parsePresence`.
 */
import type { Id } from '../types';

import { WORKSHOP_ROLES, type WorkshopRole } from './roles';

// the roles live in roles.ts (small: the board's first load needs them, not presence)
export { WORKSHOP_ROLES, workshopRoleOf, type RelayRole, type WorkshopRole } from './roles';

export interface PresenceUser {
  /** stable per device (settings store); also the voter id */
  readonly id: string;
  readonly name: string;
  /** CSS colour, `#rrggbb` */
  readonly color: string;
  /** as the peer claims it: display only, the relay enforces what a token may do */
  readonly role: WorkshopRole;
}

/** A point in CANVAS (flow) coordinates, so it is right at any zoom and pan. */
export interface FlowPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A React Flow viewport (`x`, `y` = translation in screen px, `zoom`) plus the
 * size in px of the pane it was measured on, so a follower with another screen
 * size can show the same region (see `followViewport`).
 */
export interface ViewportPresence {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Cards being dragged right now and how far (flow units) from where they were picked up. */
export interface DragPresence {
  readonly cardIds: readonly Id[];
  readonly dx: number;
  readonly dy: number;
}

/**
 * One peer's awareness state. Every field but `user` is optional and absent when
 * it does not apply (pointer outside the board, nothing selected, …).
 */
export interface PresenceState {
  readonly user: PresenceUser;
  readonly cursor?: FlowPoint;
  readonly selection?: readonly Id[];
  readonly editing?: Id;
  readonly dragging?: DragPresence;
  readonly viewport?: ViewportPresence;
  /** user id of the person whose viewport this peer follows */
  readonly follow?: string;
  /** set while a facilitator presents: everyone is asked to follow them */
  readonly presenting?: { readonly phaseId?: Id };
}

/** Limits that keep one noisy or hostile peer from flooding everybody's screen. */
export const PRESENCE_LIMITS = { name: 40, selection: 200, id: 64 } as const;

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Twelve colours that stay readable as text on white and as outlines on the board
 * (WCAG AA against white for the label text).
 */
export const PRESENCE_COLORS: readonly string[] = [
  '#c0392b',
  '#ba4a00',
  '#7d6608',
  '#1e8449',
  '#117a65',
  '#1f618d',
  '#2e4053',
  '#6c3483',
  '#a93226',
  '#ad1457',
  '#00758f',
  '#7d3c98',
];

/** A stable colour for a user id (the same person keeps their colour in every room). */
export function colorForUser(userId: string): string {
  let h = 2166136261;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return PRESENCE_COLORS[(h >>> 0) % PRESENCE_COLORS.length] ?? '#1f618d';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function shortId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= PRESENCE_LIMITS.id;
}

function parseUser(raw: unknown): PresenceUser | null {
  if (!isRecord(raw) || !shortId(raw.id)) return null;
  const name = typeof raw.name === 'string' ? raw.name.trim().slice(0, PRESENCE_LIMITS.name) : '';
  const color =
    typeof raw.color === 'string' && COLOR.test(raw.color) ? raw.color : colorForUser(raw.id);
  const role = WORKSHOP_ROLES.includes(raw.role as WorkshopRole)
    ? (raw.role as WorkshopRole)
    : 'viewer';
  return { id: raw.id, name: name || '?', color, role };
}

function parsePoint(raw: unknown): FlowPoint | undefined {
  return isRecord(raw) && finite(raw.x) && finite(raw.y) ? { x: raw.x, y: raw.y } : undefined;
}

function parseIds(raw: unknown): Id[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ids = raw.filter(shortId).slice(0, PRESENCE_LIMITS.selection);
  return ids.length ? ids : undefined;
}

function parseViewport(raw: unknown): ViewportPresence | undefined {
  if (!isRecord(raw)) return undefined;
  const { x, y, zoom, width, height } = raw;
  if (!finite(x) || !finite(y) || !finite(zoom) || !finite(width) || !finite(height))
    return undefined;
  if (zoom <= 0 || width <= 0 || height <= 0) return undefined;
  return { x, y, zoom, width, height };
}

function parseDrag(raw: unknown): DragPresence | undefined {
  if (!isRecord(raw) || !finite(raw.dx) || !finite(raw.dy)) return undefined;
  const cardIds = parseIds(raw.cardIds);
  return cardIds ? { cardIds, dx: raw.dx, dy: raw.dy } : undefined;
}

/**
 * Validates an awareness state that came from a peer. Returns null when there is
 * no usable user (a peer that has not joined the workshop yet, or garbage); drops
 * single bad fields rather than the whole state.
 */
export function parsePresence(raw: unknown): PresenceState | null {
  if (!isRecord(raw)) return null;
  const user = parseUser(raw.user);
  if (!user) return null;
  const state: {
    -readonly [K in keyof PresenceState]: PresenceState[K];
  } = { user };
  const cursor = parsePoint(raw.cursor);
  if (cursor) state.cursor = cursor;
  const selection = parseIds(raw.selection);
  if (selection) state.selection = selection;
  if (shortId(raw.editing)) state.editing = raw.editing;
  const dragging = parseDrag(raw.dragging);
  if (dragging) state.dragging = dragging;
  const viewport = parseViewport(raw.viewport);
  if (viewport) state.viewport = viewport;
  if (shortId(raw.follow)) state.follow = raw.follow;
  if (isRecord(raw.presenting)) {
    state.presenting = shortId(raw.presenting.phaseId) ? { phaseId: raw.presenting.phaseId } : {};
  }
  return state;
}
