import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs Node alone. Browser tests live in vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
