// GraphiQL for aikg: the stock GraphiQL 4 IDE, bundled with its fonts so it
// runs offline, opening on example queries in tabs. Queries and mutations are
// POSTed to the same-origin endpoint; subscriptions use graphql-ws over a
// same-origin WebSocket, opened only when a subscription runs.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';
import './graphiql.css';
import { endpoint, wsURL } from './endpoint.js';
import { exampleTabs } from './examples.js';

const url = endpoint();
const wsClient = createClient({ url: wsURL(url), lazy: true, retryAttempts: 0 });
const fetcher = createGraphiQLFetcher({ url, wsClient });

function GraphViewLink() {
  return (
    <a className="aikg-graph-link" href="graph?id=openai" title="Open the graph view">
      Graph view
    </a>
  );
}

const root = createRoot(document.getElementById('graphiql'));
root.render(
  <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility={false} shouldPersistHeaders={false}>
    <GraphiQL.Logo>
      <span className="aikg-logo">aikg</span> <GraphViewLink />
    </GraphiQL.Logo>
  </GraphiQL>,
);
