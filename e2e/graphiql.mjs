// Real-browser test of aikg's UI, run by e2e_test.go:
//
//   node e2e/graphiql.mjs http://127.0.0.1:PORT
//
// It drives Debian's Chromium (/usr/bin/chromium, or $AIKG_CHROMIUM) through
// playwright-core with a fresh profile and the network cut off: every
// request goes through a route that lets only the server's own origin
// through, and any attempt to reach another host fails the test, as the UI
// must work offline. It then
//   1. opens GraphiQL, runs the first tab ("who invests in OpenAI") with the
//      run button and waits for Microsoft and 13000000000 in the result pane;
//   2. opens the graph view on Microsoft, checks nodes and edges are drawn
//      with Microsoft's label, clicks OpenAI's node to recentre, and clicks
//      an edge to see its evidence sentences;
// and fails on any page error, console error or CSP violation.
//
// Output: one line per step; on failure a screenshot is saved to a temp
// directory whose path is printed. With AIKG_SCREENSHOTS=DIR it also saves
// screenshots of each passing step there. Exit status 0 only when every
// step passed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error('usage: node e2e/graphiql.mjs http://127.0.0.1:PORT');
  process.exit(2);
}
const origin = new URL(base).origin;
const executablePath = process.env.AIKG_CHROMIUM || '/usr/bin/chromium';
const shotDir = process.env.AIKG_SCREENSHOTS || '';
const STEP_TIMEOUT = 30_000;

// The whole run is bounded, whatever hangs.
const deadline = setTimeout(() => {
  console.error('FAIL: browser test did not finish within 150s');
  process.exit(1);
}, 150_000);
deadline.unref();

const offOrigin = []; // requests the page tried to send elsewhere
const problems = []; // page errors, console errors, CSP violations

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aikg-chromium-'));
let context;
let page;
let failed = false;

async function screenshot(name, dir) {
  if (!page) return null;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  try {
    await page.screenshot({ path: file, fullPage: false, timeout: 10_000 });
    return file;
  } catch (err) {
    console.error(`  (screenshot ${name} failed: ${err.message})`);
    return null;
  }
}

async function step(name, fn) {
  try {
    await fn();
    if (offOrigin.length) throw new Error(`the page tried to reach another origin: ${offOrigin.join(', ')}`);
    if (problems.length) throw new Error(`the page reported errors:\n    ${problems.join('\n    ')}`);
    console.log(`ok   ${name}`);
    if (shotDir) await screenshot(name, shotDir);
  } catch (err) {
    failed = true;
    console.log(`FAIL ${name}: ${err.message}`);
    const dir = shotDir || fs.mkdtempSync(path.join(os.tmpdir(), 'aikg-e2e-fail-'));
    const file = await screenshot(`FAILED-${name}`, dir);
    if (file) console.log(`     screenshot: ${file}`);
    throw err;
  }
}

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
  });

  // Only the server's origin gets through; anything else is refused and
  // remembered, failing the step it happened in.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    let ok = false;
    try {
      ok = new URL(u).origin === origin;
    } catch {
      ok = false;
    }
    if (ok) return route.continue();
    offOrigin.push(u);
    return route.abort('blockedbyclient');
  });
  context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));

  page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('websocket', (ws) => {
    if (new URL(ws.url()).host !== new URL(origin).host) offOrigin.push(ws.url());
  });

  await step('graphiql-loads', async () => {
    const res = await page.goto(`${origin}/`, { waitUntil: 'load' });
    if (!res || res.status() !== 200) throw new Error(`GET / answered ${res && res.status()}`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-tab').first().waitFor();
    const tabs = await page.locator('.graphiql-tab').count();
    if (tabs < 4) throw new Error(`GraphiQL shows ${tabs} tabs, want the 4 example tabs`);
    // The first tab is the "who invests in OpenAI" example.
    await page.waitForFunction(() => {
      const cm = document.querySelector('.graphiql-query-editor .CodeMirror');
      return cm && cm.CodeMirror && cm.CodeMirror.getValue().includes('entity(name: "OpenAI")');
    });
    // The schema arrived by introspection (the docs explorer needs it).
    await page.locator('.graphiql-execute-button').waitFor();
  });

  await step('graphiql-who-invests-in-openai', async () => {
    await page.locator('.graphiql-execute-button').click();
    // The response editor holds the whole answer; CodeMirror draws only
    // the lines in view, so the check reads its value and then scrolls
    // Microsoft's line into view to see it on screen.
    const handle = await page.waitForFunction(
      () => {
        const el = document.querySelector('.graphiql-response .CodeMirror');
        const v = el && el.CodeMirror && el.CodeMirror.getValue();
        return v && v.includes('"data"') && v;
      },
      null,
      { timeout: STEP_TIMEOUT },
    );
    const text = await handle.jsonValue();
    const result = JSON.parse(text);
    if (result.errors) throw new Error(`the query answered errors: ${JSON.stringify(result.errors)}`);
    const edges = result.data.entity.relationships.edges;
    const microsoft = edges.find((e) => e.node.source.name === 'Microsoft');
    if (!microsoft) throw new Error(`Microsoft is not among OpenAI's investors: ${edges.map((e) => e.node.source.name).join(', ')}`);
    if (!text.includes('13000000000')) throw new Error('the answer lacks 13000000000 (Microsoft’s $13B)');
    await page.evaluate(() => {
      const cm = document.querySelector('.graphiql-response .CodeMirror').CodeMirror;
      const lines = cm.getValue().split('\n');
      const line = lines.findIndex((l) => l.includes('13000000000'));
      cm.scrollIntoView({ line, ch: 0 }, 200);
    });
    const pane = page.locator('.graphiql-response');
    await pane.getByText('13000000000').first().waitFor({ state: 'visible' });
    await pane.getByText('Microsoft').first().waitFor({ state: 'visible' });
  });

  await step('graph-view-microsoft', async () => {
    const res = await page.goto(`${origin}/graph?id=microsoft`, { waitUntil: 'load' });
    if (!res || res.status() !== 200) throw new Error(`GET /graph answered ${res && res.status()}`);
    await page.locator('svg#graph[data-state="ready"]').waitFor();
    const centre = await page.locator('svg#graph').getAttribute('data-center');
    if (centre !== 'microsoft') throw new Error(`the view is centred on ${centre}, want microsoft`);
    const nodes = await page.locator('svg#graph g.node').count();
    const edges = await page.locator('svg#graph path.edge').count();
    if (nodes < 2 || edges < 1) throw new Error(`drew ${nodes} nodes and ${edges} edges around Microsoft`);
    await page.locator('svg#graph g.node.centre text', { hasText: 'Microsoft' }).waitFor({ state: 'visible' });
    await page.locator('svg#graph g.node[data-id="openai"]').waitFor({ state: 'visible' });
    const box = await page.locator('svg#graph g.node.centre circle').boundingBox();
    if (!box || box.width < 5) throw new Error('the centre node has no size on screen');
  });

  await step('graph-view-recentre', async () => {
    await page.locator('svg#graph g.node[data-id="openai"] circle').click();
    await page.waitForFunction(() => {
      const s = document.querySelector('svg#graph');
      return s.dataset.state === 'ready' && s.dataset.center === 'openai';
    });
    if (!page.url().includes('id=openai')) throw new Error(`URL ${page.url()} does not follow the recentring`);
    await page.locator('svg#graph g.node.centre text', { hasText: 'OpenAI' }).waitFor({ state: 'visible' });
    await page.locator('svg#graph g.node[data-id="microsoft"]').waitFor({ state: 'visible' });
  });

  await step('graph-view-evidence', async () => {
    // Clicking an edge's label shows the sentences that assert it.
    await page.locator('svg#graph text.edge-label').first().click();
    await page.locator('#details .sentences li blockquote').first().waitFor({ state: 'visible' });
    const sentence = await page.locator('#details .sentences li blockquote').first().innerText();
    if (!sentence.trim()) throw new Error('the evidence sentence is empty');
  });
} catch {
  failed = true;
} finally {
  if (context) await context.close().catch(() => {});
  fs.rmSync(profile, { recursive: true, force: true });
}

if (failed) {
  console.log('browser test: FAILED');
  process.exit(1);
}
console.log('browser test: all steps passed');
process.exit(0);
