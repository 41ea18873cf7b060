#!/usr/bin/env node
// Renders assets/icons/icon.svg to the PNG sizes the browsers ask for, with the Chromium the tests
// use (no image library needed). The PNGs are committed; rerun after changing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './lib/browsers.mjs';

const svg = readFileSync(new URL('../assets/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    const path = new URL(`../assets/icons/icon-${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
