import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OptionalPart } from './OptionalPart';

describe('a part loaded on the side', () => {
  it('is left out when its chunk cannot be fetched, and the page stays', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const Missing = lazy(() =>
        Promise.reject(new Error('Failed to fetch dynamically imported module')),
      );
      render(
        <main>
          <p>the board</p>
          <OptionalPart>
            <Suspense fallback={<p>loading the extra</p>}>
              <Missing />
            </Suspense>
          </OptionalPart>
        </main>,
      );
      expect(await screen.findByText('the board')).toBeTruthy();
      await vi.waitFor(() => expect(screen.queryByText('loading the extra')).toBeNull());
      expect(screen.getByText('the board')).toBeTruthy();
    } finally {
      quiet.mockRestore();
    }
  });

  it('says what is missing when given a fallback, and the page stays', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const Missing = lazy(() => Promise.reject(new Error('Failed to fetch')));
      render(
        <main>
          <p>the board</p>
          <OptionalPart fallback={<p role="alert">needs a connection</p>}>
            <Suspense fallback={null}>
              <Missing />
            </Suspense>
          </OptionalPart>
        </main>,
      );
      expect((await screen.findByRole('alert')).textContent).toBe('needs a connection');
      expect(screen.getByText('the board')).toBeTruthy();
    } finally {
      quiet.mockRestore();
    }
  });

  it('shows the part when it loads', async () => {
    const Extra = lazy(async () => ({ default: () => <p>the extra</p> }));
    render(
      <OptionalPart>
        <Suspense fallback={null}>
          <Extra />
        </Suspense>
      </OptionalPart>,
    );
    expect(await screen.findByText('the extra')).toBeTruthy();
  });
});
