// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setStorageBackend } from './backend';
import { createCheck, listChecks, readCheck, rememberCheck } from './maturityChecks';
import { MemoryCatalogStore } from './memoryCatalogStore';
import { MemoryDocumentStore } from './memoryDocumentStore';
import { MemoryVersionStore } from './versionStore';

const fiona = { id: 'fiona', name: 'Fiona' };
let documents: MemoryDocumentStore;

beforeEach(() => {
  localStorage.clear();
  documents = new MemoryDocumentStore();
  setStorageBackend({
    documents,
    catalog: new MemoryCatalogStore(),
    versions: new MemoryVersionStore(),
  });
});

describe('maturity checks on this device', () => {
  it('a new check is stored as a document and listed; the next one links to it', async () => {
    const first = await createCheck('Q3 check', fiona, new Date('2026-09-30T10:00:00Z'));
    expect(await documents.list()).toEqual([first]);
    const second = await createCheck('Q4 check', fiona, new Date('2026-12-06T10:00:00Z'));
    expect(listChecks().map((c) => c.title)).toEqual(['Q4 check', 'Q3 check']);
    expect(await readCheck(second)).toMatchObject({
      id: second,
      title: 'Q4 check',
      facilitatorId: 'fiona',
      previousId: first,
      participants: { fiona: 'Fiona' },
    });
    expect((await readCheck(first))?.previousId).toBeNull();
    expect(await readCheck('unknown')).toBeNull();
  });

  it('a check without a title is refused and nothing is stored', async () => {
    await expect(createCheck('  ', fiona)).rejects.toThrow(/title/);
    expect(await documents.list()).toEqual([]);
    expect(listChecks()).toEqual([]);
  });

  it('a renamed check updates its row; a broken index reads as empty', () => {
    rememberCheck({ id: 'a', title: 'Old', createdAt: '2026-01-01T00:00:00Z' });
    rememberCheck({ id: 'a', title: 'New', createdAt: '2026-01-01T00:00:00Z' });
    expect(listChecks()).toEqual([{ id: 'a', title: 'New', createdAt: '2026-01-01T00:00:00Z' }]);
    localStorage.setItem('journeyboard.maturityChecks', '{not json');
    expect(listChecks()).toEqual([]);
  });
});
