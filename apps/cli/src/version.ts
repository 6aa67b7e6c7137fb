declare const __PACTA_VERSION__: string;

/** The CLI's version, from its package.json (set at build time). */
export const VERSION: string = typeof __PACTA_VERSION__ === 'string' ? __PACTA_VERSION__ : '0.0.0-dev';
