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
  /** wall-clock arrival of every y-websocket sync update frame (see `socketArrivalProbe`) */
  socketIn: number[];
  /** page-clock arrival and size of each sync step 2 frame (the relay's answer with content) */
  step2In: { at: number; bytes: number }[];
  /** every input since `inputClock` ran: the field's text and when (wall clock) */
  inputs: { text: string; at: number }[];
}

declare global {
  interface Window {
    __bench?: BenchState;
  }
}

/**
 * Init script: from the first frame on, note when a card node is shown (rendered,
 * visible, focusable) and when the frame showing it has been painted and the page
 * runs tasks again (rAF, then a message-channel task, which runs after paint).
 * It does not focus the card: the board selects a card that gets keyboard focus,
 * and a selection (the card inspector opening) would change every later figure.
 */
export function interactiveProbe(): void {
  const b: BenchState = (window.__bench = {
    nodesAt: null,
    interactiveAt: null,
    frames: [],
    recording: false,
    keys: [],
    peer: [],
    socketIn: [],
    step2In: [],
    inputs: [],
  });
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    b.interactiveAt = performance.now();
  };
  const check = () => {
    const card = document.querySelector('.react-flow__node [data-card-id]');
    const node = card?.closest<HTMLElement>('.react-flow__node');
    // React Flow keeps a node hidden (inline style) until it is measured
    if (node && node.style.visibility !== 'hidden' && node.tabIndex >= 0) {
      b.nodesAt = performance.now();
      // posted from this frame's callback: delivered once the frame has been painted
      channel.port2.postMessage(0);
      return;
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

/**
 * Init script (after `interactiveProbe`): notes the wall-clock time each y-websocket
 * document update frame (sync message 0, update 2) reaches the page, before the
 * provider handles it. Splits keystroke → peer into the relay leg (sender → frame
 * in) and the receiving page's own work (frame in → painted).
 */
export function socketArrivalProbe(): void {
  const Native = window.WebSocket;
  class Stamped extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      // added before the provider sets onmessage, so it runs first
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as unknown;
        if (!(data instanceof ArrayBuffer)) return;
        const bytes = new Uint8Array(data, 0, Math.min(2, data.byteLength));
        if (bytes[0] !== 0) return;
        if (bytes[1] === 2)
          window.__bench?.socketIn.push(performance.timeOrigin + performance.now());
        if (bytes[1] === 1)
          window.__bench?.step2In.push({ at: performance.now(), bytes: data.byteLength });
      });
    }
  }
  window.WebSocket = Stamped;
}

/**
 * Notes each input's text and wall-clock time (the event's timestamp: when the key
 * was pressed), to match with a peer's paints. Inputs, not keydowns: characters off
 * the keyboard layout (ä, ß) are typed without a keydown.
 */
export function inputClock(): void {
  const b = window.__bench!;
  b.inputs = [];
  window.addEventListener(
    'input',
    (e) => {
      const target = e.target as HTMLTextAreaElement | null;
      b.inputs.push({ text: target?.value ?? '', at: performance.timeOrigin + e.timeStamp });
    },
    true,
  );
}
