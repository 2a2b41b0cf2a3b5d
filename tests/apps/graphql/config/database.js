module.exports = require('../../../../playground/config/database');
