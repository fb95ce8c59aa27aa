/**
 * Wraps a part the page works without that loads on the side (the live workshop's
 * engine, the catalog's map links): if its chunk cannot be fetched — a first visit that
 * went offline, a deploy that replaced the chunks — the part is left out instead of
 * taking the whole page down with it (the side panels say so instead: BoardScreen).
 */
import { Component, type ReactNode } from 'react';

export class OptionalPart extends Component<
  {
    children: ReactNode;
    /** shown instead of the part when it failed (else nothing) */ fallback?: ReactNode;
  },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
