import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser's StorageManager that grants once `grantOnAsk` says so. */
function fakeStorage() {
  const fake = {
    granted: false,
    grantOnAsk: false,
    asked: 0,
    persisted: vi.fn(async () => fake.granted),
    persist: vi.fn(async () => {
      fake.asked++;
      if (fake.grantOnAsk) fake.granted = true;
      return fake.granted;
    }),
  };
  vi.stubGlobal('navigator', { storage: fake });
  return fake;
}

// module state is per page load; a fresh module is a fresh load
const load = async () => {
  vi.resetModules();
  return import('./persist');
};

beforeEach(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('asks once per page load on its own, again when the user asks, and publishes the state', async () => {
    const fake = fakeStorage();
    const persist = await load();
    const seen: string[] = [];
    persist.subscribePersistence(() => seen.push(persist.persistenceState()));

    expect(await persist.requestPersistentStorage()).toBe('not-persisted');
    expect(await persist.requestPersistentStorage()).toBe('not-persisted');
    expect(fake.asked).toBe(1);

    fake.grantOnAsk = true;
    expect(await persist.requestPersistentStorage({ userAsked: true })).toBe('persisted');
    expect(fake.asked).toBe(2);
    expect(seen).toEqual(['not-persisted', 'persisted']);
    // granted: nothing left to ask
    await persist.requestPersistentStorage({ userAsked: true });
    expect(fake.asked).toBe(2);
  });

  it('asks again on the next page load after a denial', async () => {
    const fake = fakeStorage();
    expect(await (await load()).requestPersistentStorage()).toBe('not-persisted');
    fake.grantOnAsk = true;
    expect(await (await load()).requestPersistentStorage()).toBe('persisted');
    expect(fake.asked).toBe(2);
  });

  it('notices a grant made elsewhere (browser settings) when it checks again', async () => {
    const fake = fakeStorage();
    const persist = await load();
    expect(await persist.checkPersistence()).toBe('not-persisted');
    fake.granted = true;
    expect(await persist.checkPersistence()).toBe('persisted');
    expect(fake.asked).toBe(0);
  });

  it('says "unsupported" where the browser has no StorageManager', async () => {
    vi.stubGlobal('navigator', {});
    const persist = await load();
    expect(await persist.requestPersistentStorage()).toBe('unsupported');
  });
});
