// endpoint returns the GraphQL endpoint the Go handler wrote into the page
// (<meta name="aikg-graphql-endpoint">), "/graphql" when absent. It is a
// same-origin path, so the UI never talks to another host.
export function endpoint() {
  const m = document.querySelector('meta[name="aikg-graphql-endpoint"]');
  const v = m && m.content;
  return v && !v.includes('{{') ? v : '/graphql';
}

// wsURL turns the endpoint path into a same-origin ws:// or wss:// URL for
// graphql-ws subscriptions.
export function wsURL(path) {
  const u = new URL(path, window.location.href);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}
