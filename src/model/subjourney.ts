/**
 * A subjourney details ONE phase of a map (#16): its phases are the steps of that
 * phase — the phase's touchpoints, in board order, or three empty steps when it has
 * none — and it starts with copies of the phase's cards. Each copy names its original
 * in the extension `x-source` ({ mapId, cardId }; extensions round-trip losslessly);
 * a touchpoint's copy sits in its own step, every other card in the first step. The
 * map links to its parent with the format's `parent` field.
 */
import { newId } from './ids';
import type { Card, Id, JourneyMap, Phase } from './types';

export interface SubjourneyOptions {
  readonly title?: string;
  readonly id?: Id;
  readonly now?: Date;
}

const STEP: Record<'en' | 'de', string> = { en: 'Step', de: 'Schritt' };
const NAME_MAX = 80;

/** A step's name from a card's text: its first line, shortened to NAME_MAX characters. */
function stepName(text: string, fallback: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  if (!line) return fallback;
  return line.length > NAME_MAX ? `${line.slice(0, NAME_MAX - 1)}…` : line;
}

/** The subjourney of phase `phaseId` of `parent`; throws when the map has no such phase. */
export function deriveSubjourney(
  parent: JourneyMap,
  phaseId: Id,
  options: SubjourneyOptions = {},
): JourneyMap {
  const phase = parent.phases.find((p) => p.id === phaseId);
  if (!phase) throw new Error(`map ${parent.id} has no phase ${phaseId}`);
  const word = STEP[parent.language?.toLowerCase().startsWith('de') ? 'de' : 'en'];
  const touchLanes = new Set(parent.lanes.filter((l) => l.type === 'touchpoints').map((l) => l.id));
  const laneOrder = new Map(parent.lanes.map((l, i) => [l.id, i]));
  // board order: lane by lane, cards in file order within a lane
  const cards = parent.cards
    .filter((c) => c.phaseId === phaseId && laneOrder.has(c.laneId))
    .sort((a, b) => laneOrder.get(a.laneId)! - laneOrder.get(b.laneId)!);
  const touchpoints = cards.filter((c) => touchLanes.has(c.laneId));
  const stepOf = new Map<Id, Id>();
  const phases: Phase[] =
    touchpoints.length > 0
      ? touchpoints.map((c, i) => {
          const id = newId();
          stepOf.set(c.id, id);
          return { id, name: stepName(c.text, `${word} ${i + 1}`) };
        })
      : [1, 2, 3].map((n) => ({ id: newId(), name: `${word} ${n}` }));
  const first = phases[0]!.id;
  const copies: Card[] = cards.map((c) => {
    // votes, links and comments belong to the original; the copy names it
    const { votes: _v, links: _l, comments: _c, ...rest } = c;
    return {
      ...rest,
      id: newId(),
      phaseId: stepOf.get(c.id) ?? first,
      'x-source': { mapId: parent.id, cardId: c.id },
    };
  });
  const at = (options.now ?? new Date()).toISOString();
  const { variant: _variant, parent: _parent, actions: _actions, ...base } = parent;
  return {
    ...base,
    id: options.id ?? newId(),
    title: options.title ?? phase.name,
    ...(phase.description ? { description: phase.description } : {}),
    createdAt: at,
    updatedAt: at,
    phases,
    cards: copies,
    parent: { mapId: parent.id, phaseId },
  };
}

/** The original a subjourney card copies (its `x-source`), or null when it names none. */
export function cardSource(card: object): { mapId: Id; cardId: Id } | null {
  const source = (card as { 'x-source'?: unknown })['x-source'];
  if (typeof source !== 'object' || source === null) return null;
  const { mapId, cardId } = source as { mapId?: unknown; cardId?: unknown };
  return typeof mapId === 'string' && typeof cardId === 'string' ? { mapId, cardId } : null;
}
