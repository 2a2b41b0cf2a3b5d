/**
 * Three levels of tests, each a jest project:
 * - unit: pure modules (server/src/core and other server units), no Strapi;
 * - admin: React components in jsdom;
 * - integration: boots the real playground Strapi and talks HTTP to it.
 * - e2e: Chromium against a running playground; `npm run test:e2e` starts one (tests/e2e/run.js).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/admin/src/**/__tests__/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/admin-setup.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/integration-setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/integration-setup.ts'],
    },
  ],
};
