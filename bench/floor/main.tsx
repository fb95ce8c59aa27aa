/**
 * The floor page of the cold-open benchmark (bench/coldopen-browser.ts): one React
 * Flow node with the app's React and React Flow versions and nothing else — what any
 * React Flow app pays for a first paint. Built by the benchmark into its own folder of
 * the served build; never part of the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './floor.css';

const nodes: Node[] = [
  {
    id: 'floor',
    position: { x: 40, y: 40 },
    // the benchmark's probe waits for a focusable node holding a [data-card-id]
    data: { label: <div data-card-id="floor">One card</div> },
  },
];

const root = document.getElementById('root');
if (!root) throw new Error('floor page has no #root');
createRoot(root).render(
  <StrictMode>
    <ReactFlow nodes={nodes} edges={[]} />
  </StrictMode>,
);
