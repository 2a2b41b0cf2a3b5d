'use strict';

/**
 * The playground logs a newcomer in at once: on first start it creates a super admin from
 * PLAYGROUND_ADMIN_EMAIL / PLAYGROUND_ADMIN_PASSWORD (defaults below) and prints them.
 */
const DEFAULT_EMAIL = 'admin@playground.test';
const DEFAULT_PASSWORD = 'Playground-2026';

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    const email = process.env.PLAYGROUND_ADMIN_EMAIL || DEFAULT_EMAIL;
    const password = process.env.PLAYGROUND_ADMIN_PASSWORD || DEFAULT_PASSWORD;
    const users = strapi.service('admin::user');
    if (!(await users.exists())) {
      const superAdmin = await strapi.service('admin::role').getSuperAdmin();
      await users.create({
        email,
        firstname: 'Playground',
        lastname: 'Admin',
        password,
        isActive: true,
        roles: [superAdmin.id],
      });
      strapi.log.info(`[playground] Created the super admin ${email}`);
    }
    if (process.env.PLAYGROUND_QUIET !== 'true') {
      const url = strapi.config.get('server.absoluteUrl', `http://localhost:${strapi.config.get('server.port')}`);
      strapi.log.info(
        `[playground] Log in at ${url}/admin as ${email} / ${process.env.PLAYGROUND_ADMIN_PASSWORD ? '(PLAYGROUND_ADMIN_PASSWORD)' : password}`
      );
    }
  },
};
