// Opens a published site in the machine's Chromium, as a reader would, and fails on what a reader
// would notice: a page that does not load, a link or image that leads nowhere, a console error, a
// missing stamp or release label, a serious accessibility problem (axe-core) on a page of any kind.
// Every page reachable from the home page is visited. One page of each kind is photographed at
// 390 px (a phone) and 1366 px (a laptop) into the screenshot folder.
// Usage: node site-check.mjs SITE_DIRECTORY [SCREENSHOT_FOLDER]   (default target/site-shots)
// SITE_CHECK_KINDS=home,areas-province,… overrides the page kinds that must be found (a register-only
// or national site has fewer).
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const siteDirectory = resolve(process.argv[2] ?? 'site');
const here = dirname(fileURLToPath(import.meta.url));
const shots = resolve(process.argv[3] ?? join(here, '..', '..', '..', '..', 'target', 'site-shots'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`site-check: 找不到 Chromium / Chromium not found at ${executablePath} (bin/setup --with-browser)`);
  process.exit(2);
}
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
mkdirSync(shots, { recursive: true });

// The kind of a page, from its folder: one of each is checked with axe and photographed.
function kindOf(url) {
  const path = fileURLToPath(url).slice(siteDirectory.length + 1);
  if (!path.includes('/')) return 'home';
  // pages/ holds one page of each of several kinds (downloads, dictionary, release, revisions, board, rankings).
  if (path.startsWith('pages/')) return 'pages-' + path.slice('pages/'.length).replace(/\.html$/, '').replace(/-.*$/, '');
  // Data quality is a topic page laid out unlike the others (completeness, quarantine, reconciliation).
  if (path === 'topics/quality.html') return 'topics-quality';
  // A prefecture's list of its units (units/prefectures/), a long table unlike a unit's own page.
  if (path.startsWith('units/prefectures/')) return 'units-directory';
  // Area pages by level, from the GB/T 2260 code: 000000 the nation, xx0000 a province, xxxx00 a prefecture.
  const area = path.match(/^areas\/(\d{6})\.html$/);
  if (area) {
    const code = area[1];
    return 'areas-' + (code === '000000' ? 'nation' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county');
  }
  return path.split('/')[0];
}
// Every kind the site must have, each photographed; a national site's home is the nation.
const expectedKinds = ['home', 'topics', 'topics-quality', 'indicators', 'areas-province', 'areas-prefecture', 'areas-county',
  'units', 'units-directory', 'pages-board', 'pages-downloads', 'pages-dictionary', 'pages-release', 'pages-revisions', 'pages-rankings',
  'briefings'];
const requiredKinds = (process.env.SITE_CHECK_KINDS ?? expectedKinds.join(',')).split(',').filter((kind) => kind);

const problems = [];
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
let pagesVisited = 0;
let linksChecked = 0;
const kindsSeen = new Map();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  let current = '';
  // axe fetches style sheets itself, which Chromium refuses over file://: its own requests are not the page's.
  let auditing = false;
  page.on('console', (message) => { if (message.type() === 'error' && !auditing) problems.push(`${current}: console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`));
  page.on('requestfailed', (request) => { if (!auditing) problems.push(`${current}: failed request: ${request.url()}`); });

  const start = pathToFileURL(join(siteDirectory, 'index.html')).href;
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift();
    current = url.replace(pathToFileURL(siteDirectory).href + '/', '');
    const response = await page.goto(url, { waitUntil: 'load' });
    pagesVisited += 1;
    if (response && !response.ok()) problems.push(`${current}: HTTP ${response.status()}`);
    const lang = await page.getAttribute('html', 'lang');
    if (!lang || !lang.startsWith('zh')) problems.push(`${current}: <html lang> is ${lang}, expected zh-CN`);
    const images = await page.$$eval('img', (all) => all.map((image) => ({
      source: image.getAttribute('src'), alt: image.getAttribute('alt'), width: image.naturalWidth })));
    for (const image of images) {
      if (image.width === 0) problems.push(`${current}: image does not load: ${image.source}`);
      if (!image.alt) problems.push(`${current}: image without alt text: ${image.source}`);
    }
    const text = await page.innerText('body');
    // The footer carries the short release label and links to the release page, which lists every table version;
    // every page also carries the full stamp in its metadata.
    const stamp = await page.getAttribute('meta[name="bangfu-data-version"]', 'content').catch(() => null);
    if (!stamp || !/gold\.county_quarter@v\d+/.test(stamp)) problems.push(`${current}: no gold version stamp in the page metadata`);
    if (current.startsWith('briefings/')) {
      // The documents' own listing (documents package, no site frame): the release label and the release page in its text.
      if (!/第\d+版/.test(text)) problems.push(`${current}: no release label`);
      if (await page.$('a[href$="pages/release.html"]') === null) problems.push(`${current}: no link to the release page`);
    } else {
      if (!/第\d+版|\d{4}Q[1-4] 数据/.test(await page.innerText('footer').catch(() => ''))) problems.push(`${current}: no release label in the footer`);
      if (await page.$('footer a[href$="pages/release.html"]') === null) problems.push(`${current}: the footer does not link to the release page`);
    }
    if (current === 'pages/release.html' && !/gold\.county_quarter/.test(text)) problems.push(`${current}: the release page does not list the table versions`);
    if (/NaN|undefined|null<|\$\{/.test(text)) problems.push(`${current}: unfinished text (NaN, undefined or a template tag)`);

    const links = await page.$$eval('a[href]', (all) => all.map((link) => link.href));
    for (const link of links) {
      if (!link.startsWith('file:')) {
        problems.push(`${current}: link leaves the site: ${link}`);
        continue;
      }
      const target = link.replace(/#.*$/, '');
      linksChecked += 1;
      if (!existsSync(fileURLToPath(target))) {
        problems.push(`${current}: link leads nowhere: ${link}`);
      } else if (target.endsWith('.html') && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }

    const kind = kindOf(url);
    if (!kindsSeen.has(kind)) {
      kindsSeen.set(kind, current);
      auditing = true;
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
      auditing = false;
      for (const violation of results.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          problems.push(`${current}: axe ${violation.impact}: ${violation.id} (${violation.help}) at `
            + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', '));
        }
      }
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(shots, `${kind}-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  }
  for (const kind of requiredKinds) {
    if (!kindsSeen.has(kind)) problems.push(`no page of kind ${kind} is linked from the site`);
  }
  console.log(`site-check: ${pagesVisited} pages, ${linksChecked} links; kinds: `
    + [...kindsSeen.entries()].map(([kind, example]) => `${kind} (${example})`).join(', ')
    + `; screenshots in ${shots}`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  problems.slice(0, 60).forEach((problem) => console.error(`site-check: ✗ ${problem}`));
  if (problems.length > 60) console.error(`site-check: … and ${problems.length - 60} more`);
  process.exit(1);
}
console.log('site-check: 网站检查通过 / the site reads well in Chromium');
