module.exports = require('../../../../playground/config/api');
