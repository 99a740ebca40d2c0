/**
 * The toolkit version, read from package.json without loading the library.
 *
 * @example
 * toolVersion() // → '0.1.0'
 */
export function toolVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}
