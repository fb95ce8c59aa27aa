/**
 * How the open map relates to other maps on this device: the subjourneys that
 * detail its phases, and the map it details itself (`parent`). Provided by the
 * map route from the catalog; the phase headers and the toolbar show the links.
 * Session scope: derived, never stored.
 */
import { createContext, useContext } from 'react';
import type { Id } from '../model/types';

export interface MapLink {
  readonly mapId: Id;
  readonly title: string;
}

export interface MapLinks {
  /** subjourneys on this device, by the phase of this map they detail */
  readonly subjourneys: ReadonlyMap<Id, readonly MapLink[]>;
  /** the map this one details; title and phase name are null when it is not on this device */
  readonly parent: {
    readonly mapId: Id;
    readonly title: string | null;
    readonly phaseName: string | null;
  } | null;
  /** this map's cards that a subjourney on this device copies, by card id (its `x-source`) */
  readonly copies?: ReadonlyMap<Id, readonly MapLink[]>;
  /** opens another map's board */
  open(mapId: Id): void;
  /** details a phase of this map in a new subjourney and opens it (absent: not offered) */
  createSubjourney?(phaseId: Id): Promise<void>;
}

const NONE: MapLinks = { subjourneys: new Map(), parent: null, open: () => undefined };

const MapLinksContext = createContext<MapLinks>(NONE);

export const MapLinksProvider = MapLinksContext.Provider;

/** The open map's links; none outside a provider (tests, exports). */
export function useMapLinks(): MapLinks {
  return useContext(MapLinksContext);
}
