'use strict';

// The playground's bootstrap: it creates the super admin the tests log in as.
module.exports = require('../../../../playground/src/index');
