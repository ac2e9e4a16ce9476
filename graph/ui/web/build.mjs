// Builds aikg's browser assets into ../dist, which is committed and embedded
// by the Go package (//go:embed dist), so the server needs neither Node nor
// the network at run time.
//
// Output:
//   dist/index.html            GraphiQL page
//   dist/graph.html            graph view page
//   dist/assets/<name>-<hash>.{js,css}  content-hashed, served as immutable
//   dist/assets/favicon.svg
//   dist/assets/THIRD_PARTY_LICENSES.txt  licences of every bundled package
//
// The build fails if any output refers to a remote asset (http:// or https://
// in a url(), @import, src= or href=), so a CDN or web-font reference can
// never slip into the embedded UI.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// AIKG_UI_DIST redirects the output, so a test can rebuild into a temp dir
// and compare with the committed dist/.
const dist = process.env.AIKG_UI_DIST ? path.resolve(process.env.AIKG_UI_DIST) : path.resolve(here, '..', 'dist');
const assets = path.join(dist, 'assets');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(assets, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { graphiql: 'src/graphiql.jsx', graph: 'src/graph.js' },
  outdir: assets,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced by CSS are inlined: the page must render
  // with no request beyond the three files it names.
  loader: { '.graphql': 'text', '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// Map each entry point to its hashed JS and CSS file names.
const files = {};
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (!meta.entryPoint && !meta.cssBundle) continue;
  const name = path.basename(out);
  const entry = name.split('-')[0];
  files[entry] ??= {};
  if (name.endsWith('.js')) files[entry].js = name;
  if (meta.cssBundle) files[entry].css = path.basename(meta.cssBundle);
}
for (const entry of ['graphiql', 'graph']) {
  if (!files[entry]?.js || !files[entry]?.css) {
    throw new Error(`build: entry ${entry} produced no JS or CSS (${JSON.stringify(files[entry])})`);
  }
}

fs.copyFileSync(path.join(here, 'src', 'favicon.svg'), path.join(assets, 'favicon.svg'));

for (const [template, entry] of [['index.html', 'graphiql'], ['graph.html', 'graph']]) {
  const html = fs
    .readFileSync(path.join(here, template), 'utf8')
    .replaceAll('{{css}}', `assets/${files[entry].css}`)
    .replaceAll('{{js}}', `assets/${files[entry].js}`);
  fs.writeFileSync(path.join(dist, template), html);
}

// Licences of the bundled third-party packages, as their MIT/BSD/ISC terms
// ask for the notice to travel with the code.
const pkgs = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  if (!m || pkgs.has(m[1])) continue;
  const dir = path.join(here, m[1]);
  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const lic = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  pkgs.set(m[1], {
    name: pj.name,
    version: pj.version,
    license: pj.license ?? '',
    text: lic ? fs.readFileSync(path.join(dir, lic), 'utf8').trim() : '',
  });
}
const notices = [...pkgs.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text || '(no licence file shipped)'}\n`)
  .join('\n' + '-'.repeat(72) + '\n\n');
fs.writeFileSync(path.join(assets, 'THIRD_PARTY_LICENSES.txt'), notices);

// Refuse remote asset references anywhere in the output.
const remote = /(?:url\(\s*['"]?|@import\s+['"]?|\b(?:src|href)\s*=\s*['"]?)(?:https?:)?\/\/[^\s'")]+/gi;
let bad = [];
for (const f of fs.readdirSync(dist, { recursive: true })) {
  const p = path.join(dist, f);
  if (!fs.statSync(p).isFile() || !/\.(html|css|js)$/.test(p)) continue;
  const text = fs.readFileSync(p, 'utf8');
  for (const hit of text.matchAll(remote)) bad.push(`${f}: ${hit[0].slice(0, 120)}`);
}
if (bad.length) {
  throw new Error('build: remote asset references in output:\n  ' + bad.join('\n  '));
}

for (const f of fs.readdirSync(assets).sort()) {
  const size = fs.statSync(path.join(assets, f)).size;
  console.log(`${(size / 1024).toFixed(1).padStart(9)} KiB  assets/${f}`);
}
