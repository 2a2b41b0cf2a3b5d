import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { ProtectedDashboardPage } from './DashboardPage';

/** Mounted by the menu link at `plugins/mobile-campaigns/*`: routes here are relative to it. */
const App = () => (
  <Routes>
    <Route index element={<ProtectedDashboardPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
