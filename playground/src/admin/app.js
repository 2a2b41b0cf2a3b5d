/**
 * The playground's admin offers French beside English, so that a newcomer can see the translation
 * the plugin ships (Profile → Interface language).
 */
export default {
  config: {
    locales: ['fr'],
  },
  bootstrap() {},
};
