/** Used when the browser cannot list its time zones: mainland France and the overseas departments. */
const FALLBACK_TIME_ZONES = [
  'Europe/Paris',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'UTC',
];

/** IANA time zones the browser knows, always including the current value so it stays selectable. */
export const getTimeZones = (current: string): string[] => {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : FALLBACK_TIME_ZONES;
  return supported.includes(current) || !current ? supported : [current, ...supported];
};

/** "America/Port_of_Spain" → "America/Port of Spain". */
export const formatTimeZone = (zone: string) => zone.replace(/_/g, ' ');
