module.exports = require('../../../../playground/config/typescript');
