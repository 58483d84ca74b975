/**
 * The service ids the mock's stores carry. Its own module (no data behind it) so tools that only
 * need the list do not load the store network.
 */
export const SERVICES = [
  'click-and-collect',
  'parking',
  'repairs',
  'accessible',
  'returns',
  'ev-charging',
  'locker',
] as const;
