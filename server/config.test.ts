// Relay settings from the environment: the storage mode.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { tempDataDir } from './testing';

describe('loadConfig', () => {
  it('STORAGE_SYNC: normal unless full is asked for; anything else is refused by name', () => {
    const env = (v?: string) => ({ DATA_DIR: tempDataDir(), STORAGE_SYNC: v });
    expect(loadConfig(env()).storageSync).toBe('normal');
    expect(loadConfig(env('FULL')).storageSync).toBe('full');
    expect(() => loadConfig(env('sometimes'))).toThrow(/STORAGE_SYNC must be "full" or "normal"/);
  });
});
