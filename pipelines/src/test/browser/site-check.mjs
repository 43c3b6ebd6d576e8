// Opens a published site in the machine's Chromium, as a reader would, and fails on what a reader
// would notice: a page that does not load, a broken chart, a console error, a missing stamp, a
// county link that leads nowhere. Usage: node site-check.mjs SITE_DIRECTORY [SCREENSHOT.png]
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const siteDirectory = resolve(process.argv[2] ?? 'site');
const screenshot = process.argv[3];
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`site-check: 找不到 Chromium / Chromium not found at ${executablePath} (bin/setup --with-browser)`);
  process.exit(2);
}

const problems = [];
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));

  async function checkPage(url, name) {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response && !response.ok()) problems.push(`${name}: HTTP ${response.status()}`);
    const lang = await page.getAttribute('html', 'lang');
    if (!lang || !lang.startsWith('zh')) problems.push(`${name}: <html lang> is ${lang}, expected zh-CN`);
    const images = await page.$$eval('img', (all) => all.map((image) => ({
      source: image.getAttribute('src'), alt: image.getAttribute('alt'), width: image.naturalWidth })));
    if (images.length === 0) problems.push(`${name}: no chart image`);
    for (const image of images) {
      if (image.width === 0) problems.push(`${name}: image does not load: ${image.source}`);
      if (!image.alt) problems.push(`${name}: image without alt text: ${image.source}`);
    }
    const text = await page.innerText('body');
    if (!/gold\.county_quarter@v\d+/.test(text)) problems.push(`${name}: no gold version stamp on the page`);
    return text;
  }

  const indexText = await checkPage(pathToFileURL(`${siteDirectory}/index.html`).href, 'index.html');
  if (!/亿元|万元/.test(indexText)) problems.push('index.html: no amount in 亿元 or 万元');
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  const countyLinks = await page.$$eval('a[href*="counties/"]', (links) => links.map((link) => link.href));
  if (countyLinks.length === 0) problems.push('index.html: no link to a county page');
  for (const link of countyLinks.slice(0, 3)) {
    await checkPage(link, link.replace(/.*\//, 'counties/'));
  }
  await page.goto(pathToFileURL(`${siteDirectory}/index.html`).href);
  const downloadLinks = await page.$$eval('a[href$=".csv"], a[href$=".docx"]', (links) => links.map((link) => link.href));
  for (const link of downloadLinks) {
    if (!existsSync(new URL(link))) problems.push(`download link leads nowhere: ${link}`);
  }
  if (!downloadLinks.some((link) => link.endsWith('.csv'))) problems.push('index.html: no CSV download link');
  if (!downloadLinks.some((link) => link.endsWith('.docx'))) problems.push('index.html: no briefing link');
  console.log(`site-check: index + ${Math.min(countyLinks.length, 3)} county pages, ${downloadLinks.length} downloads checked`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  problems.forEach((problem) => console.error(`site-check: ✗ ${problem}`));
  process.exit(1);
}
console.log('site-check: 网站检查通过 / the site reads well in Chromium');
