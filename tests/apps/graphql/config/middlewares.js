module.exports = require('../../../../playground/config/middlewares');
