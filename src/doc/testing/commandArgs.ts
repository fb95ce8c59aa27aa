/**
 * Test helper: random calls of every document command with arguments drawn
 * from pools of valid, edge and invalid values (impossible dates, malformed
 * language tags, unknown keys, out-of-range numbers, NUL, wrong types). Used by
 * the property test "what a command accepts, a file accepts".
 */
import * as doc from '../index';
import type { MapSnapshot } from '../../model/snapshot';
import type { Rng } from './prng';

/** One random command call; `name` for statistics and failure messages. */
export interface Call {
  readonly name: string;
  readonly run: () => unknown;
}

const long = (n: number): string => 'x'.repeat(n);

const POOLS = {
  text: ['', 'a', 'Zwei Wörter', 'line\nbreak', '😀', long(200), long(201), 'a\u0000b', 42, null],
  longText: ['', 'ok', long(2_000), long(2_001), long(10_000), long(10_001), 'x\u0000', ['a']],
  date: [
    '2026-02-28',
    '2024-02-29',
    '2026-02-30',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    'yesterday',
    '2026-11-22T10:00:00Z',
    20261122,
    '',
  ],
  dateTime: [
    '2026-11-22T10:15:00Z',
    '2026-11-22T10:15:00.5+01:00',
    '2026-12-31T23:59:60Z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T10:60:00Z',
    '2026-11-22T10:15:00+25:00',
    '2026-02-30T10:00:00Z',
    '2026-11-22 10:15:00Z',
    '2026-11-22',
    undefined,
  ],
  language: [
    'de',
    'en',
    'de-CH',
    'x-klingon',
    'i-klingon',
    'de-1',
    'de_DE',
    'e',
    '',
    'toolongtag1',
  ],
  id: ['ok-id', 'has space', long(64), long(65), '', 7],
  int: [-4, -3, -1, 0, 1, 3, 5, 6, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined],
  number: [0, -1.5, 1e21, 1e-7, Number.NaN, Number.NEGATIVE_INFINITY, '1', null],
  color: ['#a0b0c0', '#ABCDEF', '#abc', 'red', '#a0b0c0 ', undefined],
  tags: [[], ['a'], ['a', 'a'], Array(50).fill('t'), Array(51).fill('t'), [long(65)], [''], 'a'],
  channel: ['web', 'other', 'fax', '', undefined],
  state: ['current', 'future', 'past', undefined],
  direction: ['higherIsBetter', 'lowerIsBetter', 'up', undefined],
  status: ['open', 'doing', 'done', 'closed'],
  laneType: ['touchpoints', 'emotions', 'kpis', 'painPoints', 'opportunities', 'notes', 'swimlane'],
  index: [0, 1, 100, -1, 0.5, Number.NaN],
} as const;

type Pool = keyof typeof POOLS;

/** The argument generator for one doc and one seeded rng. */
export class Args {
  constructor(
    private readonly rng: Rng,
    private readonly snapshot: () => MapSnapshot,
  ) {}

  of(pool: Pool): unknown {
    return this.rng.pick(POOLS[pool] as readonly unknown[]);
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  /** A phase, lane or card id that exists (mostly), or one that does not. */
  phase(deleted = false): string {
    const s = this.snapshot();
    return this.known((deleted ? s.deletedPhases : s.phases).map((p) => p.id));
  }
  lane(deleted = false): string {
    const s = this.snapshot();
    return this.known((deleted ? s.deletedLanes : s.lanes).map((l) => l.id));
  }
  card(deleted = false): string {
    const s = this.snapshot();
    return this.known(deleted ? s.deletedCards.map((c) => c.id) : [...s.cards.keys()]);
  }
  action(): string {
    return this.known(this.snapshot().actions.map((a) => a.id));
  }
  comment(cardId: string): string {
    return this.known(
      this.snapshot()
        .cards.get(cardId)
        ?.comments.map((c) => c.id) ?? [],
    );
  }

  private known(ids: readonly string[]): string {
    return this.rng.chance(0.9) ? (this.rng.pick(ids) ?? 'nope') : 'nope';
  }

  /** An object from `fields`, each present with probability 0.6, plus maybe an unknown or x- key. */
  record(fields: Record<string, () => unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, make] of Object.entries(fields)) if (this.rng.chance(0.6)) out[key] = make();
    const roll = this.rng.next();
    if (roll < 0.08) out.colour = 'red';
    else if (roll < 0.16) out['x-ext'] = this.rng.chance(0.5) ? { a: [1] } : Number.NaN;
    return out;
  }

  measurement(): Record<string, unknown> {
    return this.record({ value: () => this.of('number'), date: () => this.of('date') });
  }

  kpi(): Record<string, unknown> {
    return this.record({
      direction: () => this.of('direction'),
      unit: () => this.rng.pick(['%', '', long(33)]),
      baseline: () => this.measurement(),
      target: () => this.measurement(),
      measurements: () => [this.measurement(), this.measurement()],
    });
  }

  persona(): Record<string, unknown> {
    return this.record({
      name: () => this.of('text'),
      description: () => this.of('longText'),
      goals: () => (this.rng.chance(0.8) ? ['g', ''] : 'g'),
      priorKnowledge: () => this.of('longText'),
    });
  }

  /** Card fields: right for some lane types, wrong for others. */
  cardFields(): Record<string, unknown> {
    const fields: Record<string, () => unknown> = {
      tags: () => this.of('tags'),
      color: () => this.of('color'),
      channel: () => this.of('channel'),
      ownerTeam: () => this.of('text'),
      score: () => this.of('int'),
      severity: () => this.of('int'),
      impact: () => this.of('int'),
      effort: () => this.of('int'),
    };
    const picked = this.rng.pick(Object.keys(fields)) ?? 'tags';
    const out: Record<string, unknown> = { [picked]: fields[picked]?.() };
    if (this.rng.chance(0.3)) out.colour = 'red';
    return out;
  }
}

type Make = (a: Args, d: doc.MapDoc) => unknown;

/** Every command with a random-argument maker; arguments are cast: invalid ones are the point. */
const COMMANDS: Record<string, Make> = {
  updateMeta: (a, d) => {
    const metaFields: Record<string, () => unknown> = {
      title: () => a.of('text'),
      description: () => a.of('longText'),
      language: () => a.of('language'),
      state: () => a.of('state'),
      cxGoal: () => a.of('longText'),
      scenario: () => a.of('longText'),
      owner: () => a.of('text'),
      tags: () => a.of('tags'),
      variant: () => a.record({ of: () => a.of('id'), label: () => a.of('text') }),
      parent: () => a.record({ mapId: () => a.of('id'), phaseId: () => a.of('id') }),
    };
    return doc.updateMeta(d, a.record(metaFields) as doc.MetaPatch);
  },
  updatePersona: (a, d) =>
    doc.updatePersona(d, a.chance(0.1) ? null : (a.persona() as doc.PersonaPatch)),
  addPhase: (a, d) =>
    doc.addPhase(d, {
      name: a.of('text'),
      ...a.record({ description: () => a.of('longText'), index: () => a.of('index') }),
    } as doc.NewPhase),
  updatePhase: (a, d) =>
    doc.updatePhase(
      d,
      a.phase(),
      a.record({ name: () => a.of('text'), description: () => a.of('longText') }),
    ),
  movePhase: (a, d) => doc.movePhase(d, a.phase(), a.of('index') as number),
  deletePhase: (a, d) => doc.deletePhase(d, a.phase()),
  restorePhase: (a, d) => doc.restorePhase(d, a.phase(true)),
  addLane: (a, d) => doc.addLane(d, { type: a.of('laneType'), name: a.of('text') } as doc.NewLane),
  renameLane: (a, d) => doc.renameLane(d, a.lane(), a.of('text') as string),
  moveLane: (a, d) => doc.moveLane(d, a.lane(), a.of('index') as number),
  deleteLane: (a, d) => doc.deleteLane(d, a.lane()),
  restoreLane: (a, d) => doc.restoreLane(d, a.lane(true)),
  addCard: (a, d) =>
    doc.addCard(d, {
      laneId: a.lane(),
      phaseId: a.phase(),
      text: a.of('longText'),
      ...(a.chance(0.5) ? a.cardFields() : {}),
      ...(a.chance(0.3) ? { kpi: a.kpi() } : {}),
    } as doc.NewCard),
  setCardText: (a, d) => doc.setCardText(d, a.card(), a.of('longText') as string),
  updateCard: (a, d) => doc.updateCard(d, a.card(), a.cardFields() as doc.CardPatch),
  updateCards: (a, d) =>
    doc.updateCards(
      d,
      new Map([
        [a.card(), a.cardFields() as doc.CardPatch],
        [a.card(), {}],
      ]),
    ),
  duplicateCard: (a, d) => doc.duplicateCard(d, a.card()),
  moveCard: (a, d) =>
    doc.moveCard(d, a.card(), {
      laneId: a.lane(),
      phaseId: a.phase(),
      index: a.of('index') as number,
    }),
  deleteCards: (a, d) => doc.deleteCards(d, [a.card()]),
  restoreCard: (a, d) => doc.restoreCard(d, a.card(true)),
  setKpi: (a, d) => {
    const { measurements: _m, ...patch } = a.kpi();
    return doc.setKpi(d, a.card(), patch as doc.KpiPatch);
  },
  addMeasurement: (a, d) =>
    doc.addMeasurement(d, a.card(), a.measurement() as { value: number; date: string }),
  removeMeasurement: (a, d) => doc.removeMeasurement(d, a.card(), a.chance(0.5) ? 0 : '2026-02-28'),
  linkCards: (a, d) => doc.linkCards(d, a.card(), a.card()),
  unlinkCards: (a, d) => doc.unlinkCards(d, a.card(), a.card()),
  addComment: (a, d) =>
    doc.addComment(d, a.card(), {
      author: a.of('text'),
      text: a.of('longText'),
      ...a.record({ at: () => a.of('dateTime') }),
    } as { author: string; text: string; at?: string }),
  resolveComment: (a, d) => {
    const card = a.card();
    return doc.resolveComment(d, card, a.comment(card), a.chance(0.5));
  },
  deleteComment: (a, d) => {
    const card = a.card();
    return doc.deleteComment(d, card, a.comment(card));
  },
  castVote: (a, d) => doc.castVote(d, a.card(), 'voter', a.of('int') as number),
  setVotes: (a, d) => doc.setVotes(d, a.card(), 'voter', a.of('int') as number),
  clearVotes: (a, d) => doc.clearVotes(d, a.card()),
  addAction: (a, d) =>
    doc.addAction(d, {
      title: a.of('text'),
      cardIds: a.chance(0.8) ? [a.card()] : 'c1',
      ...a.record({
        status: () => a.of('status'),
        ownerTeam: () => a.of('text'),
        due: () => a.of('date'),
      }),
    } as doc.NewAction),
  updateAction: (a, d) =>
    doc.updateAction(
      d,
      a.action(),
      a.record({
        title: () => a.of('text'),
        status: () => a.of('status'),
        due: () => a.of('date'),
        cardIds: () => [a.card()],
      }) as doc.ActionPatch,
    ),
  deleteAction: (a, d) => doc.deleteAction(d, a.action()),
};

/** The names of all commands the generator calls. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** A random command call on `d` with random (often invalid) arguments. */
export function randomCall(rng: Rng, d: doc.MapDoc, snapshot: () => MapSnapshot): Call {
  const name = rng.pick(COMMAND_NAMES) ?? 'updateMeta';
  const make = COMMANDS[name] as Make;
  const args = new Args(rng, snapshot);
  return { name, run: () => make(args, d) };
}
