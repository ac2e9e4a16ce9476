// The example queries GraphiQL opens with, one per tab, in file-name order.
// They live in graph/ui/examples/*.graphql so that the Go side (ui.Examples)
// can run the very same text against the real server in tests: a schema
// change that breaks an example fails CI.
import whoInvests from '../../examples/01-who-invests-in-openai.graphql';
import neighborhood from '../../examples/02-microsoft-neighborhood.graphql';
import arabicSearch from '../../examples/03-arabic-search.graphql';
import path from '../../examples/04-path-mgx-microsoft.graphql';

// exampleTabs is GraphiQL's defaultTabs.
export const exampleTabs = [whoInvests, neighborhood, arabicSearch, path].map((query) => ({ query }));
