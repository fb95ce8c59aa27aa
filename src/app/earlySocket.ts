/**
 * The relay socket of a map opened from a link, opened by the first entry
 * (src/boot.ts) while the app's code is still being fetched and evaluated, and
 * handed to the stock y-websocket provider, which speaks the whole protocol on it.
 *
 * The provider creates its socket through `WebSocketPolyfill`; `adoptingWebSocket`
 * returns the early socket for the one URL it was opened for (once), and a new
 * socket otherwise. What the relay sent before the provider took the socket (its
 * sync step 1, the role, and on a first visit its sync step 2 with the whole map, asked
 * for by src/boot.ts) is delivered to the provider's handlers, in order, right after it
 * set them, then its `onopen` when the socket is open already: its own sync step 1 then
 * names what it just received, and the relay answers it with the little that is new. A socket that closed before anyone took it is not adopted (the
 * provider opens its own and sees the close code itself); one nobody takes is closed
 * by `releaseEarlySocket`.
 */

/** What src/boot.ts leaves in the global slot. */
export interface EarlySocket {
  readonly url: string;
  readonly socket: WebSocket;
  readonly received: MessageEvent[];
  /** src/boot.ts asked for the whole map (a sync step 1 with an empty state vector) */
  asked: boolean;
}

/** A sync message (message 0) of sub-type 0 (step 1: "here is what I have") or 1 (step 2: the answer). */
function isSync(event: MessageEvent, step: 0 | 1): boolean {
  if (!(event.data instanceof ArrayBuffer)) return false;
  const bytes = new Uint8Array(event.data);
  return bytes[0] === 0 && bytes[1] === step;
}
const isStep2 = (event: MessageEvent) => isSync(event, 1);

/** The global slot src/boot.ts writes (the two entries share no module). */
const SLOT = '__journeyboardEarlySocket';

function takeSlot(): EarlySocket | null {
  const slots = globalThis as Record<string, unknown>;
  const found = (slots[SLOT] as EarlySocket | undefined) ?? null;
  delete slots[SLOT];
  return found;
}

/** Whether an early socket waits to be taken. */
export function hasEarlySocket(): boolean {
  return SLOT in globalThis;
}

/** Closes the early socket if nobody took it (the open chose another connection, or none). */
export function releaseEarlySocket(): void {
  const found = takeSlot();
  if (!found) return;
  found.socket.onmessage = null;
  found.socket.close();
}

/** The early socket when it was opened for `url` and is still usable (taken once). */
function take(url: string): EarlySocket | null {
  const slots = globalThis as Record<string, unknown>;
  if ((slots[SLOT] as EarlySocket | undefined)?.url !== url) return null;
  const found = takeSlot()!;
  found.socket.onmessage = null;
  const state = found.socket.readyState;
  if (state === WebSocket.CONNECTING || state === WebSocket.OPEN) return found;
  return null;
}

/**
 * A WebSocket constructor for y-websocket's `WebSocketPolyfill`: the early socket for
 * its URL (the first time), a new WebSocket otherwise (reconnects, other maps).
 */
export function adoptingWebSocket(): typeof WebSocket {
  function AdoptingWebSocket(url: string | URL, protocols?: string | string[]): WebSocket {
    const found = take(String(url));
    if (!found) return new WebSocket(url, protocols);
    const { socket, received } = found;
    // the provider sets its handlers right after constructing; deliver what it missed then,
    // before its `onopen`: the relay's answer to src/boot.ts's sync step 1 (a first
    // visit's whole map) is in the doc when the provider sends its own step 1
    queueMicrotask(() => {
      if (socket.readyState !== WebSocket.OPEN) return;
      if (!found.asked || received.some(isStep2)) {
        for (const event of received) socket.onmessage?.(event);
        socket.onopen?.(new Event('open'));
        return;
      }
      // the whole map is still on its way (a big map's room loads first): the provider's
      // own step 1, with an empty doc, would ask for it a second time, so it waits for it.
      // Meanwhile the provider is not connected and sends nothing of its own: the relay's
      // step 1 is answered after the open, so the answer carries everything this device
      // had or wrote meanwhile (stored content, a keystroke)
      const handle = socket.onmessage;
      const open = socket.onopen;
      const later: MessageEvent[] = [];
      const deliver = (event: MessageEvent) => {
        if (isSync(event, 0)) later.push(event);
        else handle?.call(socket, event);
      };
      for (const event of received) deliver(event);
      socket.onmessage = (event) => {
        deliver(event);
        if (!isStep2(event)) return;
        socket.onmessage = handle;
        open?.call(socket, new Event('open'));
        for (const step1 of later) handle?.call(socket, step1);
      };
    });
    return socket;
  }
  Object.assign(AdoptingWebSocket, {
    CONNECTING: WebSocket.CONNECTING,
    OPEN: WebSocket.OPEN,
    CLOSING: WebSocket.CLOSING,
    CLOSED: WebSocket.CLOSED,
  });
  return AdoptingWebSocket as unknown as typeof WebSocket;
}
