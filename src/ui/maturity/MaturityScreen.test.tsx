import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMaturityDoc, maturitySnapshot, rateAspect, type MapDoc } from '../../doc';
import { useLanguageStore } from '../../i18n';
import { computeEvidence } from '../../model/maturity';
import { testMap } from '../../model/insights/testMaps.testkit';
import { newMapDoc } from '../../sync';
import { MaturityScreen } from './MaturityScreen';
import { useCheck } from './useCheck';

const fiona = { id: 'fiona', name: 'Fiona' };
const bob = { id: 'bob', name: 'Bob' };
const maps = [testMap('m1', 'en', [], { owner: 'CX team' }), testMap('m2', 'en', [])];
const evidence = computeEvidence(maps, '2026-12-06');
const titles = new Map(maps.map((m) => [m.id, m.title]));
/** The screen's props that every test gives alike. */
const SAME = { readOnly: false, evidence, mapTitles: titles, previous: null, onHome: () => {} };

function newCheck(): MapDoc {
  const doc = newMapDoc();
  createMaturityDoc(doc, {
    id: 'c1',
    title: 'Q4',
    createdAt: '2026-12-06T08:00:00Z',
    facilitator: fiona,
  });
  return doc;
}

function Screen({
  doc,
  me,
  onOpenMap = () => {},
}: {
  doc: MapDoc;
  me: typeof fiona;
  onOpenMap?: (id: string) => void;
}) {
  const check = useCheck(doc);
  if (!check) return null;
  return <MaturityScreen {...SAME} doc={doc} check={check} me={me} onOpenMap={onOpenMap} />;
}

const section = (name: string) => screen.getByRole('region', { name }) as HTMLElement;

beforeEach(() => {
  useLanguageStore.getState().setLanguage('en');
});

describe('MaturityScreen', () => {
  it('a participant rates alone and sees no one else’s rating before the reveal', async () => {
    const doc = newCheck();
    rateAspect(doc, 'metrics', fiona, 1);
    render(<Screen doc={doc} me={bob} />);
    const metrics = within(section('Metrics'));
    expect(metrics.getByText('1 person has rated')).toBeTruthy();
    expect(metrics.queryByRole('list', { name: 'Ratings of Metrics' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reveal ratings' })).toBeNull();
    await userEvent.click(metrics.getByRole('radio', { name: /^3 – Journeys feed area/ }));
    expect(metrics.getByText('2 people have rated')).toBeTruthy();
    // arrow keys move within the aspect's radio group
    await userEvent.keyboard('{ArrowDown}');
    expect(maturitySnapshot(doc)!.aspects.metrics.ratings).toEqual({ fiona: 1, bob: 4 });
  });

  it('the facilitator reveals, sees spread and median, and sets the agreed level', async () => {
    const doc = newCheck();
    rateAspect(doc, 'metrics', bob, 3);
    render(<Screen doc={doc} me={fiona} />);
    const metrics = within(section('Metrics'));
    await userEvent.click(metrics.getByRole('radio', { name: /^1 – / }));
    await userEvent.click(metrics.getByRole('button', { name: 'Reveal ratings' }));
    const list = metrics.getByRole('list', { name: 'Ratings of Metrics' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Fiona: 1', 'Bob: 3']);
    expect(metrics.getByText('Spread: 2 levels')).toBeTruthy();
    expect(metrics.getByText(/Median: 2/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ratings of Metrics revealed');
    await userEvent.selectOptions(metrics.getByLabelText('Agreed level'), '2');
    const row = screen.getByRole('row', { name: /^Metrics/ });
    expect(row.textContent).toContain('2 – Structured use');
    expect(screen.getByText('Overall stage: Building')).toBeTruthy();
    expect(screen.getByText(/A journey repository that documents every journey/)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Agreed levels of the nine aspects' })).toBeTruthy();
  });

  it('the facilitator renames the check; an empty title is refused', async () => {
    const doc = newCheck();
    render(<Screen doc={doc} me={fiona} />);
    const title = screen.getByLabelText('Title of the check');
    await userEvent.clear(title);
    await userEvent.tab();
    expect(maturitySnapshot(doc)!.title).toBe('Q4');
    await userEvent.type(screen.getByLabelText('Title of the check'), ' 2026');
    await userEvent.tab();
    expect(maturitySnapshot(doc)!.title).toBe('Q4 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Reveal all aspects' }));
    expect(screen.getByRole('status').textContent).toBe('Ratings of all aspects revealed');
    expect(Object.values(maturitySnapshot(doc)!.aspects).every((a) => a.revealed)).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Maturity check: Q4 2026');
  });

  it('evidence beside an aspect links to the maps behind a figure', async () => {
    const onOpenMap = vi.fn();
    render(<Screen doc={newCheck()} me={fiona} onOpenMap={onOpenMap} />);
    const governance = within(section('Governance'));
    await userEvent.click(governance.getByText('Maps with an owner: 1 of 2'));
    await userEvent.click(governance.getByRole('link', { name: 'Map m1' }));
    expect(onOpenMap).toHaveBeenCalledWith('m1');
  });

  it('the roadmap: a goal added, its status changed, then removed', async () => {
    const doc = newCheck();
    render(<Screen doc={doc} me={fiona} />);
    const roadmap = within(section('Quarterly roadmap'));
    await userEvent.clear(roadmap.getByLabelText('Quarter'));
    await userEvent.type(roadmap.getByLabelText('Quarter'), '2027-Q1');
    await userEvent.type(roadmap.getByLabelText('Goal'), 'Owner for every map');
    await userEvent.click(roadmap.getByRole('button', { name: 'Add goal' }));
    await userEvent.selectOptions(
      roadmap.getByRole('combobox', { name: 'Status: Owner for every map' }),
      'doing',
    );
    expect(maturitySnapshot(doc)!.roadmap).toMatchObject([
      { quarter: '2027-Q1', goal: 'Owner for every map', status: 'doing' },
    ]);
    await userEvent.click(roadmap.getByRole('button', { name: 'Remove goal Owner for every map' }));
    expect(maturitySnapshot(doc)!.roadmap).toEqual([]);
  });

  it('speaks German', () => {
    act(() => useLanguageStore.getState().setLanguage('de'));
    render(<Screen doc={newCheck()} me={bob} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reifegrad-Check: Q4');
    const metrics = within(section('Metriken'));
    expect(
      metrics.getByRole('radio', {
        name: /^2 – Erste KPIs zu Touchpoints oder Zufriedenheit\. \(Strukturierte Nutzung\)$/,
      }),
    ).toBeTruthy();
    expect(metrics.getByText('Noch niemand hat bewertet')).toBeTruthy();
    expect(screen.getByText('Vereinbaren Sie Stufen, um die Gesamtstufe zu sehen.')).toBeTruthy();
  });
});
