/**
 * Runs work after the frame being prepared has been painted: a remote edit's
 * IndexedDB write and its broadcast to other tabs then never stand between the
 * update and the peer's paint (bench peer-browser). requestAnimationFrame runs
 * before the paint; a task posted from it runs after. Where no frame comes (a
 * hidden tab, Node), a timer runs it instead, `fallbackMs` at the latest.
 *
 * Calls within one frame share ONE frame callback, one message and one timer (the
 * first call's `fallbackMs`): an edit asks twice (storage write, tab copy), and a
 * new MessageChannel per call cost ~0.5 ms each on a loaded peer page.
 */
let batch: (() => void)[] | null = null;
let fallback: ReturnType<typeof setTimeout> | undefined;
let channel: MessageChannel | null = null;
/** the batch each posted message stands for, in posting order */
const posted: (() => void)[][] = [];

/** Runs `fns` if it is still the pending batch (its timer or its frame may come first). */
function runBatch(fns: (() => void)[] | null): void {
  if (!fns || fns !== batch) return;
  batch = null;
  clearTimeout(fallback);
  for (const fn of fns) {
    try {
      fn();
    } catch (error) {
      // one failing callback must not keep the others (a storage write) from running
      setTimeout(() => {
        throw error;
      });
    }
  }
}

function frameChannel(): MessageChannel {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => runBatch(posted.shift() ?? null);
    // Node's ports keep the process alive while listened to; a browser's do not
    (channel.port1 as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

export function afterPaint(fn: () => void, fallbackMs = 50): void {
  if (
    typeof requestAnimationFrame !== 'function' ||
    typeof MessageChannel !== 'function' ||
    (typeof document !== 'undefined' && document.visibilityState === 'hidden')
  ) {
    setTimeout(fn, 0);
    return;
  }
  if (batch) {
    batch.push(fn);
    return;
  }
  const fns = (batch = [fn]);
  fallback = setTimeout(() => runBatch(fns), fallbackMs);
  const port = frameChannel().port2;
  requestAnimationFrame(() => {
    posted.push(fns);
    port.postMessage(null);
  });
}
