/**
 * What the `?` dialog lists (loaded with the dialog, not with the board): the keys
 * useShortcuts.ts handles, as shown, and what each does.
 */
import { defineMessages } from '../../i18n';

export const shortcutMessages = defineMessages({
  en: {
    sc_add: 'Add a card to the selected cell (after the selected card)',
    sc_edit: 'Edit the selected card’s text',
    sc_cellEnter: 'Start a new card in the focused cell',
    sc_details: 'Open the card’s details (Escape there returns to the card)',
    sc_finish: 'Finish editing (the text is kept)',
    sc_arrows: 'Go to the neighbouring card, cell or header',
    sc_delete: 'Delete the selected cards',
    sc_duplicate: 'Duplicate the selected card',
    sc_moveCard: 'Move the card to the neighbour cell / within its cell',
    sc_moveHeader: 'Move the focused phase or lane',
    sc_renameHeader: 'Rename the focused phase or lane',
    sc_deleteHeader: 'Delete the focused phase or lane (restore from “Deleted items”)',
    sc_subjourney: 'Detail the focused phase in a new subjourney and open it',
    sc_undo: 'Undo your last change',
    sc_redo: 'Redo',
    sc_select: 'Add to the selection / select with a box',
    sc_escape: 'Clear the selection',
    sc_fit: 'Fit the board to the screen',
    sc_help: 'Show this list',
    sc_tab: 'Go to the next card, cell or header',
  },
  de: {
    sc_add: 'Karte in der gewählten Zelle hinzufügen (nach der gewählten Karte)',
    sc_edit: 'Text der gewählten Karte bearbeiten',
    sc_cellEnter: 'Neue Karte in der fokussierten Zelle beginnen',
    sc_details: 'Details der Karte öffnen (Escape dort führt zur Karte zurück)',
    sc_finish: 'Bearbeiten beenden (der Text bleibt)',
    sc_arrows: 'Zur benachbarten Karte, Zelle oder Überschrift',
    sc_delete: 'Gewählte Karten löschen',
    sc_duplicate: 'Gewählte Karte duplizieren',
    sc_moveCard: 'Karte in die Nachbarzelle / innerhalb der Zelle verschieben',
    sc_moveHeader: 'Fokussierte Phase oder Bahn verschieben',
    sc_renameHeader: 'Fokussierte Phase oder Bahn umbenennen',
    sc_deleteHeader:
      'Fokussierte Phase oder Bahn löschen (wiederherstellen unter „Gelöschte Elemente“)',
    sc_subjourney: 'Fokussierte Phase in einer neuen Subjourney genauer beschreiben und öffnen',
    sc_undo: 'Eigene letzte Änderung rückgängig machen',
    sc_redo: 'Wiederholen',
    sc_select: 'Zur Auswahl hinzufügen / mit Rahmen auswählen',
    sc_escape: 'Auswahl aufheben',
    sc_fit: 'Board an den Bildschirm anpassen',
    sc_help: 'Diese Liste zeigen',
    sc_tab: 'Zur nächsten Karte, Zelle oder Überschrift',
  },
});

export type ShortcutMessage = keyof typeof shortcutMessages.en;

/** What the `?` dialog lists: keys (as shown) and what they do. */
export const SHORTCUTS: readonly { keys: string; what: ShortcutMessage; edit?: boolean }[] = [
  { keys: 'Tab / Shift+Tab', what: 'sc_tab' },
  { keys: '← → ↑ ↓', what: 'sc_arrows' },
  { keys: 'N', what: 'sc_add', edit: true },
  { keys: 'Enter', what: 'sc_edit', edit: true },
  { keys: 'Enter', what: 'sc_cellEnter', edit: true },
  { keys: 'Alt+Enter', what: 'sc_details' },
  { keys: 'Ctrl+Enter / Esc', what: 'sc_finish', edit: true },
  { keys: 'Delete', what: 'sc_delete', edit: true },
  { keys: 'Ctrl+D', what: 'sc_duplicate', edit: true },
  { keys: 'Ctrl+← → ↑ ↓', what: 'sc_moveCard', edit: true },
  { keys: 'Alt+← → ↑ ↓', what: 'sc_moveHeader', edit: true },
  { keys: 'Enter / F2', what: 'sc_renameHeader', edit: true },
  { keys: 'Delete', what: 'sc_deleteHeader', edit: true },
  { keys: 'Alt+Enter', what: 'sc_subjourney', edit: true },
  { keys: 'Ctrl+Z', what: 'sc_undo', edit: true },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', what: 'sc_redo', edit: true },
  { keys: 'Shift+Click / Shift+Drag', what: 'sc_select' },
  { keys: 'Esc', what: 'sc_escape' },
  { keys: 'F', what: 'sc_fit' },
  { keys: '?', what: 'sc_help' },
];
