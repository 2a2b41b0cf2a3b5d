// Types of the playground's content types are not needed: it has none of its own.
module.exports = { autogenerate: false };
