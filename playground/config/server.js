// Loopback by default: the playground's super admin password is printed in the README.
// Set HOST=0.0.0.0 to reach it from another machine.
module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
});
