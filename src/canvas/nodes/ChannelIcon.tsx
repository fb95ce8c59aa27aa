/** Small line icons for touchpoint channels (16 × 16, currentColor). */
import type { Channel } from '../../model/types';

const PATHS: Record<Channel, string> = {
  web: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm-6.5 6.5h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13',
  app: 'M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1ZM7 12.5h2',
  email: 'M1.5 3.5h13v9h-13zM1.5 3.5 8 9l6.5-5.5',
  phone:
    'M3 1.5h3l1 3.5-2 1.5a8 8 0 0 0 4.5 4.5l1.5-2 3.5 1v3a1.5 1.5 0 0 1-1.5 1.5A12 12 0 0 1 1.5 3 1.5 1.5 0 0 1 3 1.5Z',
  chat: 'M2 2.5h12v8H7l-3.5 3v-3H2z',
  store: 'M1.5 6.5 3 2.5h10l1.5 4M2.5 6.5v7h11v-7M6 13.5v-4h4v4M1.5 6.5h13',
  mail: 'M2 4.5h12v8H2zM4.5 7h4M4.5 9.5h6M11 6h1.5',
  social:
    'M4 8a2 2 0 1 0 0 .01M12 3.5a2 2 0 1 0 0 .01M12 12.5a2 2 0 1 0 0 .01M5.8 7 10.2 4.6M5.8 9l4.4 2.4',
  event: 'M2 3.5h12v10H2zM2 6.5h12M5 1.5v3M11 1.5v3',
  partner: 'M1.5 8 4.5 5l3 2 3-2 3 3-4 4-2-1.5-2 1.5z',
  other: 'M4 8h.01M8 8h.01M12 8h.01',
};

export function ChannelIcon({ channel, title }: { channel: Channel; title: string }) {
  return (
    <svg
      className="jb-channel-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <path
        d={PATHS[channel]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
