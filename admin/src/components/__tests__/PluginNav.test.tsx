import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';

import { renderWithProviders } from '../../__tests__/renderWithProviders';
import { PluginNav } from '../PluginNav';

const BASE = '/plugins/mobile-campaigns';

const renderAt = (path: string, canManageContacts = true, locale: 'en' | 'fr' = 'en') =>
  renderWithProviders(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <PluginNav basePath={BASE} canManageContacts={canManageContacts} />
    </MemoryRouter>,
    { locale }
  );

describe('PluginNav', () => {
  it('links the dashboard, the campaigns and the four contacts pages, in that order', () => {
    renderAt(BASE);

    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Dashboard', BASE],
      ['My campaigns', `${BASE}/campaigns`],
      ['Contact lists', `${BASE}/lists`],
      ['Contacts', `${BASE}/contacts`],
      ['Attributes', `${BASE}/attributes`],
      ['Exclusion lists', `${BASE}/exclusions`],
    ]);
  });

  it('Given a list editor is open, it highlights “Contact lists” and not the dashboard', () => {
    renderAt(`${BASE}/lists/12`);

    expect(screen.getByRole('link', { name: 'Contact lists' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
  });

  it('Given a user who may not manage contacts, it only links the dashboard and the campaigns', () => {
    renderAt(BASE, false);

    expect(screen.getAllByRole('link')).toHaveLength(2);
    expect(screen.queryByText('Contact lists')).not.toBeInTheDocument();
  });

  it('Given French, it uses the seeds’ names', () => {
    renderAt(BASE, true, 'fr');

    expect(screen.getByRole('link', { name: 'Listes de contacts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mes contacts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Listes d'exclusion" })).toBeInTheDocument();
  });
});
