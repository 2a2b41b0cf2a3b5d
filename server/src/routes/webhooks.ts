/**
 * The public routes HTTP gateways call, at `/mobile-campaigns/webhooks/<channel>/<kind>`.
 * `auth: false` is deliberate: a gateway holds no admin session or token, and each call is
 * authenticated by its HMAC signature instead (checked by the channel's provider). These are the
 * only routes of the plugin without a permission; the permissions test holds that list.
 */
export const PUBLIC_ROUTE_CONFIG = { auth: false, policies: [] } as const;

export default {
  type: 'admin',
  routes: [
    {
      method: 'POST',
      path: '/webhooks/:channel/:kind',
      handler: 'webhooks.receive',
      config: PUBLIC_ROUTE_CONFIG,
    },
  ],
};
