/**
 * Scripts that run inside the page (serialised by Playwright, so each is
 * self-contained). They time things with the page's own clock, so Playwright's
 * round trips never count.
 */

interface BenchState {
  nodesAt: number | null;
  interactiveAt: number | null;
  frames: number[];
  recording: boolean;
  keys: number[];
  peer: { text: string; at: number }[];
}

declare global {
  interface Window {
    __bench?: BenchState;
  }
}

/** Init script: from the first frame on, note when a card node shows and when it takes focus. */
export function interactiveProbe(): void {
  const b: BenchState = (window.__bench = {
    nodesAt: null,
    interactiveAt: null,
    frames: [],
    recording: false,
    keys: [],
    peer: [],
  });
  const check = () => {
    const card = document.querySelector('.react-flow__node [data-card-id]');
    const node = card?.closest<HTMLElement>('.react-flow__node');
    // React Flow keeps a node hidden (inline style) until it is measured; focusing it
    // then fails and would only force an extra layout per frame
    if (node && node.style.visibility !== 'hidden') {
      b.nodesAt ??= performance.now();
      node.focus({ preventScroll: true });
      if (document.activeElement === node) {
        b.interactiveAt = performance.now();
        node.blur();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Records requestAnimationFrame deltas while `recording` is true. */
export function startFrameRecorder(): void {
  const b = window.__bench!;
  b.frames = [];
  b.recording = true;
  let last = performance.now();
  const tick = (t: number) => {
    if (!b.recording) return;
    b.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
}

/**
 * Keystroke to paint: from the keydown's timestamp to just after the next frame
 * that follows the input (rAF, then a message-channel task, which runs after paint).
 */
export function keyPaintRecorder(): void {
  const b = window.__bench!;
  b.keys = [];
  let down: number | null = null;
  const channel = new MessageChannel();
  let pendingStart: number | null = null;
  channel.port1.onmessage = () => {
    if (pendingStart !== null) b.keys.push(performance.now() - pendingStart);
    pendingStart = null;
  };
  window.addEventListener('keydown', (e) => (down = e.timeStamp), true);
  // bubble phase on window: runs after React's own handler at the root has re-rendered
  window.addEventListener('input', () => {
    if (down === null) return;
    const start = down;
    down = null;
    requestAnimationFrame(() => {
      pendingStart = start;
      channel.port2.postMessage(0);
    });
  });
}

/** In the peer: every time card `id`'s shown text changes, note it with a wall-clock time after paint. */
export function peerTextRecorder(id: string): void {
  const b = window.__bench!;
  b.peer = [];
  const el = () => document.querySelector(`[data-card-id="${id}"] .jb-card__text`);
  let last = el()?.textContent ?? '';
  const channel = new MessageChannel();
  const queue: string[] = [];
  channel.port1.onmessage = () => {
    const text = queue.shift();
    if (text !== undefined) b.peer.push({ text, at: performance.timeOrigin + performance.now() });
  };
  new MutationObserver(() => {
    const text = el()?.textContent ?? '';
    if (text === last) return;
    last = text;
    requestAnimationFrame(() => {
      queue.push(text);
      channel.port2.postMessage(0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}
