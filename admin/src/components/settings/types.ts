import type { Settings, SettingsMeta } from '../../../../server/src/contracts';
import type { FieldErrors } from '../../utils/fieldErrors';

export type SettingsChange = <K extends keyof Settings>(field: K, value: Settings[K]) => void;

/** What every settings section receives from the form. */
export interface SettingsSectionProps {
  values: Settings;
  errors: FieldErrors;
  onChange: SettingsChange;
  disabled?: boolean;
  /** Windows the host's config sets instead of the presets: shown read-only. */
  serverWindows?: SettingsMeta['sendingWindows'];
  /** The base tracked links are sent under now, and the characters each takes. */
  shortLinks?: SettingsMeta['shortLinks'];
}
