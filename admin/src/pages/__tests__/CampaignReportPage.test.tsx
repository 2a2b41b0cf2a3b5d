import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';

import { renderWithProviders } from '../../__tests__/renderWithProviders';
import { recipient, recipientsPage, report } from '../../components/campaigns/report/__tests__/fixtures';
import { REPORT_POLL_MS } from '../../hooks/useCampaignReport';
import { CampaignReportPage } from '../CampaignReportPage';

// The real module boots the whole Strapi admin: the page gets its fetch client, URL query,
// permissions and layout from these stand-ins, which keep the query in the router's URL as Strapi does.
const mockClient = { get: jest.fn(), post: jest.fn(), put: jest.fn(), del: jest.fn() };
const mockPermissions = { canPersonalData: true };
jest.mock('@strapi/strapi/admin', () => {
  const { useLocation, useNavigate } = jest.requireActual('react-router-dom');
  const useQueryParams = () => {
    const location = useLocation();
    const navigate = useNavigate();
    const query = Object.fromEntries(new URLSearchParams(location.search));
    const setQuery = (next: Record<string, string | undefined>, _method = 'push', replace = false) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...query, ...next })) {
        if (value !== undefined) params.set(key, String(value));
      }
      navigate({ search: params.toString() }, { replace });
    };
    return [{ query, rawQuery: location.search }, setQuery] as const;
  };
  const Pass = ({ children }: { children?: unknown }) => children ?? null;
  return {
    useFetchClient: () => mockClient,
    useQueryParams,
    useRBAC: () => ({ isLoading: false, allowedActions: mockPermissions }),
    useNotification: () => ({ toggleNotification: jest.fn() }),
    useAPIErrorHandler: () => ({ formatAPIError: () => 'API error' }),
    isFetchError: () => false,
    BackButton: () => null,
    Page: { Main: Pass, Title: () => null, Loading: () => 'Loading', Error: () => 'Error', Protect: Pass },
    Layouts: {
      Header: ({ title, subtitle, primaryAction, secondaryAction }: Record<string, never>) => (
        <header>
          <h1>{title}</h1>
          {subtitle}
          {primaryAction}
          {secondaryAction}
        </header>
      ),
      Content: Pass,
    },
    Pagination: {
      Root: Pass,
      PageSize: () => null,
      Links: () => {
        const [{ query }, setQuery] = useQueryParams();
        return (
          <button type="button" onClick={() => setQuery({ page: String(Number(query.page ?? 1) + 1) })}>
            Next page
          </button>
        );
      },
    },
  };
});

const REPORT_PATH = '/mobile-campaigns/campaigns/7/report';
const RECIPIENTS_PATH = '/mobile-campaigns/campaigns/7/recipients';

const answer = (reports: ReturnType<typeof report>[], pages = [recipientsPage([recipient()], 1, 45)]) => {
  let reportCalls = 0;
  let pageCalls = 0;
  mockClient.get.mockImplementation((path: string) => {
    if (path === REPORT_PATH) {
      reportCalls += 1;
      return Promise.resolve({ data: { data: reports[Math.min(reportCalls, reports.length) - 1] } });
    }
    if (path === RECIPIENTS_PATH) {
      pageCalls += 1;
      return Promise.resolve({ data: pages[Math.min(pageCalls, pages.length) - 1] });
    }
    if (path.startsWith('/mobile-campaigns/campaigns/7/report.csv')) {
      return Promise.resolve({ data: new Blob(['REF_LIST;ID_LINE\n']), headers: new Headers() });
    }
    return Promise.reject(new Error(`unexpected ${path}`));
  });
};

const callsTo = (path: string) => mockClient.get.mock.calls.filter(([called]) => called === path);
const lastRecipientsParams = () => callsTo(RECIPIENTS_PATH).at(-1)?.[1]?.params;

const renderPage = (locale: 'en' | 'fr' = 'en') =>
  renderWithProviders(
    <MemoryRouter
      initialEntries={['/plugins/mobile-campaigns/campaigns/7/report']}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      <Routes>
        <Route path="/plugins/mobile-campaigns/campaigns/:id/report" element={<CampaignReportPage />} />
      </Routes>
    </MemoryRouter>,
    { locale }
  );

/** The names the browser was asked to save files under (jsdom cannot navigate to a download). */
const saved: string[] = [];

beforeAll(() => {
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

beforeEach(() => {
  mockClient.get.mockReset();
  mockPermissions.canPersonalData = true;
  saved.length = 0;
});

describe('CampaignReportPage', () => {
  it('Given a finished campaign, the page shows its name, status and figures, asked once in the admin’s language', async () => {
    answer([report()]);
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Soldes d’hiver' })).toBeInTheDocument();
    expect(screen.getByText('Completed', { selector: '[data-status] *' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Recipients' })).toHaveTextContent('12,480');
    expect(callsTo(REPORT_PATH)).toEqual([[REPORT_PATH, expect.objectContaining({ params: { lang: 'en' } })]]);
    expect(screen.getByRole('link', { name: 'View the settings' })).toHaveAttribute(
      'href',
      '/plugins/mobile-campaigns/campaigns/7?view=settings'
    );
  });

  it('Given the receipt table, each status downloads report.csv for that status, and the header the whole file', async () => {
    answer([report()]);
    renderPage();
    const row = (await screen.findAllByRole('row')).find((item) => item.getAttribute('data-status-code') === '21');
    await act(async () => {
      fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /status 21/ }));
    });
    expect(mockClient.get).toHaveBeenCalledWith('/mobile-campaigns/campaigns/7/report.csv?status=21&lang=en', {
      responseType: 'blob',
    });
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Download the report' })[0]);
    });
    expect(mockClient.get).toHaveBeenCalledWith('/mobile-campaigns/campaigns/7/report.csv?lang=en', {
      responseType: 'blob',
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Download “Not delivered” (CSV)' }));
    });
    expect(mockClient.get).toHaveBeenCalledWith(
      '/mobile-campaigns/campaigns/7/report.csv?category=not-delivered&lang=en',
      { responseType: 'blob' }
    );
    expect(saved).toEqual(['campaign-7-status-21.csv', 'campaign-7-report.csv', 'campaign-7-not-delivered.csv']);
  });

  it('Given a French admin, the CSV asks for French status labels', async () => {
    answer([report()]);
    renderPage('fr');
    const [download] = await screen.findAllByRole('button', { name: 'Télécharger le rapport' });
    await act(async () => {
      fireEvent.click(download);
    });
    expect(mockClient.get).toHaveBeenCalledWith('/mobile-campaigns/campaigns/7/report.csv?lang=fr', {
      responseType: 'blob',
    });
  });

  it('Given a user without the personal-data export permission, no download is offered', async () => {
    mockPermissions.canPersonalData = false;
    answer([report()]);
    renderPage();
    await screen.findByRole('heading', { name: 'Soldes d’hiver' });
    expect(screen.queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('Given the recipients table, searching and paging ask the server for that page of that search', async () => {
    answer([report()], [recipientsPage([recipient()], 1, 45), recipientsPage([recipient({ id: 502 })], 1, 1)]);
    renderPage();
    expect(await screen.findByText('+33 6 12 34 56 78')).toBeInTheDocument();
    expect(lastRecipientsParams()).toEqual({ page: 1, pageSize: 20, lang: 'en' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by number' }), { target: { value: '0612' } });
    await waitFor(() => expect(lastRecipientsParams()).toEqual({ page: 1, pageSize: 20, search: '0612', lang: 'en' }));

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    });
    await waitFor(() => expect(lastRecipientsParams()).toEqual({ page: 2, pageSize: 20, search: '0612', lang: 'en' }));
  });

  it('Given the status filter, choosing a code asks for the recipients with that status from page 1', async () => {
    answer([report()]);
    renderPage();
    await screen.findByText('+33 6 12 34 56 78');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    });
    await waitFor(() => expect(lastRecipientsParams()).toEqual({ page: 2, pageSize: 20, lang: 'en' }));
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Status' }), { key: 'Enter' });
    const option = await screen.findByRole('option', { name: '17 · STOP received' });
    await act(async () => {
      fireEvent.keyDown(option, { key: 'Enter' });
    });
    await waitFor(() => expect(lastRecipientsParams()).toEqual({ page: 1, pageSize: 20, status: 17, lang: 'en' }));
  });

  it('Given a finished campaign, Refresh asks for the report and the recipients once more, without a reload', async () => {
    answer([report(), report({ figures: { ...report().figures, replies: 65 } })]);
    renderPage();
    await screen.findByText('+33 6 12 34 56 78');
    expect([callsTo(REPORT_PATH).length, callsTo(RECIPIENTS_PATH).length]).toEqual([1, 1]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    });
    await waitFor(() => expect(screen.getByRole('group', { name: 'Replies' })).toHaveTextContent('65'));
    expect([callsTo(REPORT_PATH).length, callsTo(RECIPIENTS_PATH).length]).toEqual([2, 2]);
  });

  it('Given a campaign that is sending, the figures follow it without a reload, and polling stops once it is done', async () => {
    jest.useFakeTimers();
    try {
      const sending = report({
        live: true,
        campaign: { ...report().campaign, status: 'sending', completedAt: null },
        figures: { ...report().figures, delivered: 9000 },
        generatedAt: '2026-01-10T10:00:00.000Z',
      });
      answer([sending, report()]);
      renderPage();
      await act(async () => {});
      expect(screen.getByRole('group', { name: 'Delivered' })).toHaveTextContent('9,000');
      expect(callsTo(REPORT_PATH)).toHaveLength(1);
      const pagesBefore = callsTo(RECIPIENTS_PATH).length;

      await act(async () => jest.advanceTimersByTime(REPORT_POLL_MS));
      await act(async () => {});
      expect(callsTo(REPORT_PATH)).toHaveLength(2);
      expect(screen.getByRole('group', { name: 'Delivered' })).toHaveTextContent('11,210');
      // The rows on screen follow the report too.
      expect(callsTo(RECIPIENTS_PATH).length).toBeGreaterThan(pagesBefore);

      await act(async () => jest.advanceTimersByTime(REPORT_POLL_MS * 4));
      expect(callsTo(REPORT_PATH)).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('Given a live report, leaving the page stops the polling', async () => {
    jest.useFakeTimers();
    try {
      answer([report({ live: true, campaign: { ...report().campaign, status: 'consolidating' } })]);
      const { unmount } = renderPage();
      await act(async () => {});
      expect(callsTo(REPORT_PATH)).toHaveLength(1);
      unmount();
      await act(async () => jest.advanceTimersByTime(REPORT_POLL_MS * 4));
      expect(callsTo(REPORT_PATH)).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
