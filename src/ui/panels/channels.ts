import type { Channel } from '../../model/types';

/** A glyph per touchpoint channel, shown next to its name (decorative). */
export const CHANNEL_ICONS: Readonly<Record<Channel, string>> = {
  web: '🌐',
  app: '📱',
  email: '✉️',
  phone: '📞',
  chat: '💬',
  store: '🏬',
  mail: '📮',
  social: '👥',
  event: '🎪',
  partner: '🤝',
  other: '•',
};
