import type { DefaultTheme } from 'styled-components';
import type { MessageDescriptor } from 'react-intl';

import type { ReportCategory } from '../../../api/reports';
import { REPORT_COLOURS } from '../../../../../server/src/contracts/reports';
import { getTranslation } from '../../../utils/getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** The report categories (core/status.ts) as the donut, the filters and the recipients table name them. */
export const CATEGORY_LABELS: Record<ReportCategory, MessageDescriptor> = {
  pending: message('report.category.pending', 'Pending'),
  sent: message('report.category.sent', 'Sent, awaiting receipt'),
  delivered: message('report.category.delivered', 'Delivered'),
  'not-delivered': message('report.category.notDelivered', 'Not delivered'),
  rejected: message('report.category.rejected', 'Rejected'),
  excluded: message('report.category.excluded', 'Excluded'),
  invalid: message('report.category.invalid', 'Invalid number'),
  error: message('report.category.error', 'Processing error'),
};

type ReportColour = (typeof REPORT_COLOURS)[number];

/**
 * The seeds' colours (Vert, Rouge, Orange, Grise, Noir) as design-system colours: each theme
 * defines them for its own background, so the charts read in the light and the dark admin
 * (the dark theme's neutral800 is a light grey, where a literal black would vanish).
 */
const THEME_COLOURS: Record<ReportColour, keyof DefaultTheme['colors']> = {
  green: 'success600',
  red: 'danger600',
  orange: 'warning600',
  grey: 'neutral500',
  black: 'neutral800',
};

export const colourOf = (theme: DefaultTheme, colour: ReportColour) => theme.colors[THEME_COLOURS[colour]];
