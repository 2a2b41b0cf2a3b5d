import { Page, Layouts, useRBAC } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { PluginNav } from '../components/PluginNav';
import { PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

import { ProtectedAttributesPage } from './AttributesPage';
import { ProtectedCampaignNewPage } from './CampaignNewPage';
import { ProtectedCampaignReportPage } from './CampaignReportPage';
import { ProtectedCampaignsPage } from './CampaignsPage';
import { ProtectedCampaignWizardPage } from './CampaignWizardPage';
import { ProtectedContactsPage } from './ContactsPage';
import { ProtectedDashboardPage } from './DashboardPage';
import { ProtectedExclusionListPage } from './ExclusionListPage';
import { ProtectedExclusionsPage } from './ExclusionsPage';
import { ProtectedImportPage } from './ImportPage';
import { ProtectedListEditorPage } from './ListEditorPage';
import { ProtectedListsPage } from './ListsPage';

/** Mounted by the menu link at `plugins/mobile-campaigns/*`: routes here are relative to it. */
const App = () => {
  // Only hides links: each page checks its own permissions with Page.Protect.
  const {
    isLoading,
    allowedActions: { canManage },
  } = useRBAC(PAGE_PERMISSIONS.contacts);

  return (
    <Layouts.Root
      sideNav={<PluginNav basePath={`/plugins/${PLUGIN_ID}`} canManageContacts={!isLoading && canManage} />}
    >
      <Routes>
        <Route index element={<ProtectedDashboardPage />} />
        <Route path="campaigns" element={<ProtectedCampaignsPage />} />
        <Route path="campaigns/new" element={<ProtectedCampaignNewPage />} />
        <Route path="campaigns/:id" element={<ProtectedCampaignWizardPage />} />
        <Route path="campaigns/:id/report" element={<ProtectedCampaignReportPage />} />
        <Route path="lists" element={<ProtectedListsPage />} />
        <Route path="lists/:id" element={<ProtectedListEditorPage />} />
        <Route path="contacts" element={<ProtectedContactsPage />} />
        <Route path="attributes" element={<ProtectedAttributesPage />} />
        <Route path="exclusions" element={<ProtectedExclusionsPage />} />
        <Route path="exclusions/:id" element={<ProtectedExclusionListPage />} />
        <Route path="imports/new" element={<ProtectedImportPage />} />
        <Route path="imports/:id" element={<ProtectedImportPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
