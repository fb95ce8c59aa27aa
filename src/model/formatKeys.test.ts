import { describe, expect, it } from 'vitest';
import { CARD_VALUE_KEYS, FORMAT_KEYS, MAP_EDITABLE_KEYS, MAP_META_KEYS } from './formatKeys';

// The spec tables of shared/spec/journeymap-format-v1.md, one line each: the
// schema's key order is the canonical JSON order, so a reordered schema fails here.
const words = (line: string) => line.split(' ');

describe('format key lists derived from the schema', () => {
  it('follow the spec tables in order', () => {
    expect(FORMAT_KEYS.map).toEqual(
      words(
        'format formatVersion kind id title description language state cxGoal scenario persona owner tags variant parent createdAt updatedAt phases lanes cards actions',
      ),
    );
    expect(FORMAT_KEYS.card).toEqual(
      words(
        'id laneId phaseId text tags color votes links comments channel ownerTeam score severity impact effort kpi',
      ),
    );
    expect(FORMAT_KEYS.kpi).toEqual(words('unit direction baseline target measurements'));
    expect(FORMAT_KEYS.action).toEqual(words('id title status ownerTeam due cardIds'));
    expect(FORMAT_KEYS.persona).toEqual(words('name description goals priorKnowledge'));
  });

  it('split map fields into stored meta and user-editable ones', () => {
    expect(MAP_META_KEYS).toEqual(
      words(
        'kind id title description language state cxGoal scenario persona owner tags variant parent createdAt updatedAt',
      ),
    );
    expect(MAP_EDITABLE_KEYS).toEqual(
      words('title description language state cxGoal scenario owner tags variant parent'),
    );
  });

  it('name the card fields held as plain values', () => {
    expect(CARD_VALUE_KEYS).toEqual(
      words('tags color channel ownerTeam score severity impact effort'),
    );
  });
});
