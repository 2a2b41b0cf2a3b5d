const playground = require('../../../../playground/config/plugins');

// A project that runs GraphQL with its default shadow CRUD, which would expose every content type.
module.exports = (context) => ({ ...playground(context), graphql: { enabled: true } });
