/**
 * A network cut for one browser context. `context.setOffline(true)` fails new
 * requests but leaves open WebSockets alone (playwright#4910), so the relay socket
 * is routed through playwright (`routeWebSocket`) and closed while offline; new
 * sockets are refused until the context is online again.
 */
import type { BrowserContext, WebSocketRoute } from 'playwright-core';

export interface NetworkSwitch {
  offline(): Promise<void>;
  online(): Promise<void>;
}

export async function networkSwitch(context: BrowserContext): Promise<NetworkSwitch> {
  let cut = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/sync/, (ws) => {
    if (cut) {
      void ws.close({ code: 4000, reason: 'offline' }).catch(() => undefined);
      return;
    }
    open.add(ws);
    const server = ws.connectToServer();
    ws.onClose(() => {
      open.delete(ws);
      void server.close().catch(() => undefined);
    });
    server.onClose(() => {
      open.delete(ws);
      void ws.close().catch(() => undefined);
    });
  });
  return {
    async offline() {
      cut = true;
      await context.setOffline(true);
      for (const ws of [...open]) await ws.close({ code: 4000, reason: 'offline' }).catch(() => {});
      open.clear();
    },
    async online() {
      cut = false;
      await context.setOffline(false);
    },
  };
}
