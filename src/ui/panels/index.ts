/** The side panels of the board: map details, card inspector, improvement actions. */
import './panels.css';

export { MapPanel } from './MapPanel';
export { CardInspector } from './CardInspector';
export { ActionsPanel } from './ActionsPanel';
export { PersonaBandFields } from './PersonaBandFields';
