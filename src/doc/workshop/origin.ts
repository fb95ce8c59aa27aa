/**
 * Workshop controls (votes, timer, locks) transact with their own origin, not
 * LOCAL_ORIGIN: they steer a meeting rather than edit the map, so Ctrl+Z must
 * not start a stopped timer again or un-reveal a vote. Providers still send and
 * store these updates like any other.
 */
export const WORKSHOP_ORIGIN: object = Object.freeze({ name: 'journeyboard-workshop' });
