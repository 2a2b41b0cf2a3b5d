// Booting Strapi and creating its schema takes seconds, more on PostgreSQL and MariaDB.
jest.setTimeout(120_000);
