/**
 * What a shown board lends to keyboard focus handling (src/canvas/focus.ts): where a
 * node is, and a way to bring it into view. Each map session's view state (uiStore)
 * holds the camera of its own board, so two boards on one page never steer each other.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BoardCamera {
  /** the node's box in board coordinates, `null` for an unknown id */
  boxOf(id: string): Box | null;
  /** whether the box is wholly inside the pane */
  isInView(box: Box): boolean;
  /** pans (keeping a readable zoom) so the box is in the middle of the pane */
  reveal(box: Box): void;
  /** presents a phase: its column at a readable zoom (canvas/presentView.ts); false if unknown */
  showPhase?(phaseId: string): boolean;
  /** the board's element: focus looks for nodes inside it only (the page when absent) */
  root?(): ParentNode | null;
}
