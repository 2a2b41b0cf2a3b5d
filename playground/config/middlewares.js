module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Contact files of several hundred megabytes are imported (the default limit is 200 MB).
  { name: 'strapi::body', config: { formidable: { maxFileSize: 1024 * 1024 * 1024 } } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
