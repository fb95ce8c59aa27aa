// Relay settings from the environment: the storage mode.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { tempDataDir } from './testing';

describe('loadConfig', () => {
  it('STORAGE_SYNC: full unless normal is asked for; anything else is refused by name', () => {
    const env = (v?: string) => ({ DATA_DIR: tempDataDir(), STORAGE_SYNC: v });
    expect(loadConfig(env()).storageSync).toBe('full');
    expect(loadConfig(env('NORMAL')).storageSync).toBe('normal');
    expect(() => loadConfig(env('sometimes'))).toThrow(/STORAGE_SYNC must be "full" or "normal"/);
  });
});
