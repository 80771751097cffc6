/** The slice of i18next's `t` the pure layer needs, so it can be tested with any i18n instance. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
