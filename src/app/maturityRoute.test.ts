import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('the maturity check route', () => {
  it('reads /maturity/<id>; anything else under it is not found', () => {
    expect(parseRoute('/maturity/abc_1-X', '')).toEqual({ name: 'maturity', checkId: 'abc_1-X' });
    expect(parseRoute('/maturity/abc/', '')).toEqual({ name: 'maturity', checkId: 'abc' });
    expect(parseRoute('/maturity/a b', '')).toEqual({ name: 'notFound', path: '/maturity/a b' });
    expect(parseRoute('/maturity', '')).toEqual({ name: 'notFound', path: '/maturity' });
  });
});
