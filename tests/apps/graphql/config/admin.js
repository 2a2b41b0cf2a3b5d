module.exports = require('../../../../playground/config/admin');
