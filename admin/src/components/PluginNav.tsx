import { SubNav, SubNavHeader, SubNavLink, SubNavSection, SubNavSections } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { getTranslation } from '../utils/getTranslation';

interface NavItem {
  to: string;
  id: string;
  defaultMessage: string;
  /** The index route must not stay highlighted on every sub-page. */
  end?: boolean;
}

const CAMPAIGN_LINKS: NavItem[] = [
  { to: '', id: 'nav.dashboard', defaultMessage: 'Dashboard', end: true },
  { to: 'campaigns', id: 'campaigns.nav', defaultMessage: 'My campaigns' },
];

const CONTACT_LINKS: NavItem[] = [
  { to: 'lists', id: 'nav.lists', defaultMessage: 'Contact lists' },
  { to: 'contacts', id: 'nav.contacts', defaultMessage: 'Contacts' },
  { to: 'attributes', id: 'nav.attributes', defaultMessage: 'Attributes' },
  { to: 'exclusions', id: 'nav.exclusions', defaultMessage: 'Exclusion lists' },
];

interface PluginNavProps {
  /** Absolute base of the plugin's routes, e.g. `/plugins/mobile-campaigns`. */
  basePath: string;
  /** The contacts pages are only linked for users who may manage contacts. */
  canManageContacts: boolean;
}

/** The plugin's side navigation: campaigns, then the contact lists, directory and exclusions. */
export const PluginNav = ({ basePath, canManageContacts }: PluginNavProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const label = t('plugin.name', 'Mobile Campaigns');

  const renderLinks = (items: NavItem[]) =>
    items.map((item) => (
      <SubNavLink key={item.id} tag={NavLink} to={item.to ? `${basePath}/${item.to}` : basePath} end={item.end}>
        {t(item.id, item.defaultMessage)}
      </SubNavLink>
    ));

  return (
    <SubNav aria-label={label}>
      <SubNavHeader label={label} />
      <SubNavSections>
        <SubNavSection label={t('nav.section.campaigns', 'Campaigns')}>{renderLinks(CAMPAIGN_LINKS)}</SubNavSection>
        {canManageContacts ? (
          <SubNavSection label={t('nav.section.contacts', 'Contacts')}>{renderLinks(CONTACT_LINKS)}</SubNavSection>
        ) : null}
      </SubNavSections>
    </SubNav>
  );
};
