/**
 * SO&P 2030 toolkit: the public API used by the notebooks and the `sop` command.
 *
 * Each area has its own barrel; see docs/architecture.md for what lives where.
 */
export * from './model';
export * from './params';
export * from './scenario';
export * from './data';
export * from './ensemble';
export * from './analysis';
export * from './report';
export * from './errors';
export * from './laerermod';
export * from './notebook';

/** The toolkit's version (from package.json). */
export const VERSION: string = require('../package.json').version;
