// One manifest, two browsers. `vite build --mode chrome|firefox` builds the extension into
// dist/<browser>; `--mode cli` builds the command-line tool into dist/cli.
import { defineConfig, type UserConfig } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

export const GECKO_ID = 'lede@lede.example';

type Browser = 'chrome' | 'firefox';

/** The browser-specific manifest, derived from the single manifest.json. */
export function manifestFor(browser: Browser): Record<string, unknown> {
  const manifest = { ...baseManifest, version: pkg.version };
  if (browser === 'firefox') {
    // Firefox MV3 runs background code as an event page, not a service worker.
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 142 is the first Firefox (desktop and Android) that reads data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

/**
 * @crxjs lists every script it builds in web_accessible_resources for all http(s) pages. Ours is
 * injected with scripting.executeScript, which needs no such entry, and an exposed file lets any
 * page detect that Lede is installed. This drops the entry from the emitted manifest.
 */
function keepContentScriptPrivate(): CrxPlugin {
  return {
    name: 'lede:keep-content-script-private',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

function extensionConfig(browser: Browser): UserConfig {
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(browser) as unknown as ManifestV3Export, browser }),
      keepContentScriptPrivate(),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extension code is loaded from disk, never from the network: no need to split hairs over
      // legacy targets, and readable output helps store reviewers.
      target: browser === 'firefox' ? 'firefox142' : 'chrome120',
      // The gazetteer and the map are fetched at run time by URL; inlining them as data: URLs
      // would only make them bigger.
      assetsInlineLimit: 0,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
    },
  };
}

function cliConfig(): UserConfig {
  return {
    build: {
      outDir: 'dist/cli',
      emptyOutDir: true,
      ssr: 'src/cli/main.ts',
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'lede.mjs', format: 'es' } },
    },
    ssr: { noExternal: [] },
  };
}

function testConfig(): UserConfig {
  // Unit tests sit beside the code they test (src/**/*.test.ts) and in test/ for whole pages.
  return {
    plugins: [preact()],
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      // Tests that run core over huge or generated inputs take seconds on a busy two-core machine.
      testTimeout: 30_000,
    },
  } as UserConfig;
}

function e2eConfig(): UserConfig {
  // Browser suites run one file at a time: two browsers at once on a small machine time out.
  return {
    test: {
      include: ['test/e2e/**/*.test.ts'],
      environment: 'node',
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  } as UserConfig;
}

export default defineConfig(({ mode }) => {
  if (mode === 'test') return testConfig();
  if (mode === 'e2e') return e2eConfig();
  if (mode === 'cli') return cliConfig();
  if (mode === 'chrome' || mode === 'firefox') return extensionConfig(mode);
  throw new Error(`vite: pass --mode chrome, firefox or cli (got "${mode}")`);
});
