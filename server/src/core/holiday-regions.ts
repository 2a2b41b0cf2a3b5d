/**
 * The public-holiday regions a sending window can follow, as date-holidays names them: 'FR'
 * (metropolitan France), 'FR-57' / 'FR-67' / 'FR-68' (Moselle, Bas-Rhin, Haut-Rhin: Good Friday and
 * 26 December too), and the overseas departments as their own countries 'GP', 'MQ', 'GF', 'RE',
 * 'YT', 'BL', 'MF' (each with its abolition-of-slavery day), matching the country `normalizePhone`
 * gives them. Kept apart from holidays.ts so that the admin can list them without date-holidays.
 */
export type HolidayRegion = string;
export const FRENCH_HOLIDAY_REGIONS: Readonly<Record<string, string>> = Object.freeze({
  FR: 'France métropolitaine',
  'FR-57': 'Moselle',
  'FR-67': 'Bas-Rhin',
  'FR-68': 'Haut-Rhin',
  GP: 'Guadeloupe',
  MQ: 'Martinique',
  GF: 'Guyane',
  RE: 'La Réunion',
  YT: 'Mayotte',
  BL: 'Saint-Barthélemy',
  MF: 'Saint-Martin',
});
