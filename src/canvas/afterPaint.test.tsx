// useBoardPainted: the board's secondary parts wait for the board's first painted frame.
import { act, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { useBoardPainted } from './afterPaint';

const commits: boolean[] = [];
function Probe() {
  const painted = useBoardPainted();
  commits.push(painted);
  return painted ? <p>secondary parts</p> : null;
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('useBoardPainted', () => {
  it('is false in the first commit and turns true once a frame has been painted', async () => {
    commits.length = 0;
    render(
      <ReactFlowProvider>
        <Probe />
      </ReactFlowProvider>,
    );
    expect(commits[0]).toBe(false);
    expect(screen.queryByText('secondary parts')).toBeNull();
    await act(nextFrame);
    await act(nextFrame);
    expect(screen.getByText('secondary parts')).toBeTruthy();
    // stays on: no flicker of the parts afterwards
    expect(commits.at(-1)).toBe(true);
  });
});
