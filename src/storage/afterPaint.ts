/**
 * Runs work after the frame being prepared has been painted: a remote edit's
 * IndexedDB write and its broadcast to other tabs then never stand between the
 * update and the peer's paint (bench peer-browser). requestAnimationFrame runs
 * before the paint; a task posted from it runs after. Where no frame comes (a
 * hidden tab, Node), a timer runs it instead, `fallbackMs` at the latest.
 */
export function afterPaint(fn: () => void, fallbackMs = 50): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    fn();
  };
  const timer = setTimeout(run, fallbackMs);
  if (
    typeof requestAnimationFrame !== 'function' ||
    typeof MessageChannel !== 'function' ||
    (typeof document !== 'undefined' && document.visibilityState === 'hidden')
  ) {
    clearTimeout(timer);
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}
