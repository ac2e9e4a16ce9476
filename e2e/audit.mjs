// GraphQL-over-HTTP conformance audit of aikg's endpoint, run by
// e2e_test.go:
//
//   node e2e/audit.mjs http://127.0.0.1:PORT/graphql
//
// It runs graphql-http's auditServer (the audit suite of the GraphQL over
// HTTP specification) against the URL, prints every audit that did not pass
// with its reason, and exits non-zero when any is an error: a MUST of the
// spec. Warnings (SHOULDs) and notices (MAYs) are printed, not failed.
import { auditServer } from 'graphql-http';

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

const results = await auditServer({ url, fetchFn });
let ok = 0;
let warn = 0;
let notice = 0;
let error = 0;
for (const r of results) {
  if (r.status === 'ok') {
    ok++;
    continue;
  }
  if (r.status === 'warn') warn++;
  else if (r.status === 'notice') notice++;
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
  const tag = { warn: 'WARN  ', notice: 'NOTICE' }[r.status] || 'ERROR ';
  console.log(`${tag} ${r.id} ${r.name}: ${r.reason}${detail}`);
}
console.log(`audit: ${ok} ok, ${warn} warnings, ${notice} notices, ${error} errors (${results.length} audits)`);
process.exit(error > 0 ? 1 : 0);
