/**
 * Room kept free for the board's overlays (issue 16 item 9). The minimap sits in a
 * band along the pane's right edge (bottom right); the zoom controls (a row, bottom
 * left) and the present strip (bottom centre) in a low band along the bottom edge.
 * Every fit of the map (opening it, the toolbar button, F, the controls' fit) keeps
 * both bands empty, so no overlay covers a card or a lane label after a fit.
 */

/** The minimap's largest drawing, in screen pixels (Overview.tsx scales the map into it). */
export const OVERVIEW_MAX_W = 220;
export const OVERVIEW_MAX_H = 150;

/** The right band: minimap width + its padding (2 × 4) and margin (10), plus a gap. */
export const RIGHT_BAND_PX = OVERVIEW_MAX_W + 8 + 10 + 12;
/** The bottom band: a row of controls or the present strip (≤ 32 px) + margin (15), plus a gap. */
export const BOTTOM_BAND_PX = 60;

/** Padding for every fit-view of the board: a small margin, the overlay bands right and bottom. */
export const FIT_PADDING = {
  top: '16px',
  left: '16px',
  right: `${RIGHT_BAND_PX}px`,
  bottom: `${BOTTOM_BAND_PX}px`,
} as const;

/** Options for an animated fit (toolbar button, F key). */
export const FIT_VIEW_ANIMATED = { padding: FIT_PADDING, maxZoom: 1, duration: 200 } as const;
