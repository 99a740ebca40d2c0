import { defineConfig } from 'vitest/config';

// `npm run test:browser`: tests that drive Debian's headless Chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
