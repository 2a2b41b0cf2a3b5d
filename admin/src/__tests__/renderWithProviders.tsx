import * as React from 'react';

import { DesignSystemProvider } from '@strapi/design-system';
import { render } from '@testing-library/react';
import { IntlProvider } from 'react-intl';

import en from '../translations/en.json';
import fr from '../translations/fr.json';
import { getTranslation } from '../utils/getTranslation';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));

const MESSAGES = { en: prefixed(en), fr: prefixed(fr) };

/** Renders with the real plugin translations, as `registerTrads` registers them in the admin. */
export const renderWithProviders = (ui: React.ReactElement, { locale = 'en' }: { locale?: 'en' | 'fr' } = {}) =>
  render(
    <IntlProvider locale={locale} defaultLocale="en" messages={MESSAGES[locale]} onError={() => {}}>
      <DesignSystemProvider locale={locale}>{ui}</DesignSystemProvider>
    </IntlProvider>
  );
