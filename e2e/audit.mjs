// GraphQL-over-HTTP conformance audit of aikg's endpoint, run by
// e2e_test.go:
//
//   node e2e/audit.mjs http://127.0.0.1:PORT/graphql
//
// It runs graphql-http's serverAudit (the audit suite of the GraphQL over
// HTTP specification) against the URL, prints every warning and error with
// its reason, and exits non-zero when any audit is an error. Warnings are
// the spec's SHOULDs: printed, not failed.
import { serverAudit } from 'graphql-http';

const url = process.argv[2];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: node e2e/audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

const deadline = setTimeout(() => {
  console.error('FAIL: audit did not finish within 60s');
  process.exit(1);
}, 60_000);
deadline.unref();

// Each request is bounded too, so one hung response names itself.
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(10_000) });

const results = await serverAudit({ url, fetchFn });
let ok = 0;
let warn = 0;
let error = 0;
for (const r of results) {
  if (r.status === 'ok') {
    ok++;
    continue;
  }
  if (r.status === 'warn') warn++;
  else error++;
  let detail = '';
  if (r.response) {
    let body = '';
    try {
      body = await r.response.clone().text();
    } catch {
      body = '(unreadable body)';
    }
    detail = ` [HTTP ${r.response.status} ${r.response.headers.get('content-type') || ''}: ${body.slice(0, 200)}]`;
  }
  console.log(`${r.status === 'warn' ? 'WARN ' : 'ERROR'} ${r.id} ${r.name}: ${r.reason}${detail}`);
}
console.log(`audit: ${ok} ok, ${warn} warnings, ${error} errors (${results.length} audits)`);
process.exit(error > 0 ? 1 : 0);
