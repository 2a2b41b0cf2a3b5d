const path = require('path');
const { appRoot } = require('../../../../playground/config/paths');
const playground = require('../../../../playground/config/server');

// Uploads, if any, land in the playground's ignored public/uploads rather than in a folder of this app.
module.exports = (context) => ({ ...playground(context), dirs: { public: path.join(appRoot, 'public') } });
