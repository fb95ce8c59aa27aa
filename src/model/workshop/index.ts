/** Pure rules of the live workshop mode (presence, voting, timer, locks, camera). */
export * from './presence';
export * from './voting';
export * from './timer';
export * from './locks';
export * from './clockSync';
export * from './follow';
