// The example queries GraphiQL opens with, one per tab. They use the fields
// of /schema.graphqls; the Go test suite runs each of them against the real
// server, so a schema change that breaks one fails CI.
export const examples = [
  {
    title: 'Who invests in OpenAI',
    query: `# Who invests in OpenAI, how much, and which sentence says so.
# Run with Ctrl-Enter or the ▶ button.
query WhoInvestsInOpenAI {
  entity(name: "OpenAI") {
    id
    name
    relationships(direction: IN, types: [INVESTS_IN]) {
      totalCount
      nodes {
        type
        source { id name kind }
        amount { value currency usd }
        status
        date
        confidence
        evidence { sentence article { title url } }
      }
    }
  }
}
`,
  },
  {
    title: "Microsoft's partnership graph",
    query: `# Everything one hop from Microsoft: who it invests in, partners with,
# buys compute from. Open /graph?id=microsoft to see it drawn.
query MicrosoftNeighborhood {
  neighborhood(id: "microsoft", depth: 1) {
    nodes { id name kind }
    edges {
      type
      source { id }
      target { id }
      amount { usd }
    }
  }
}
`,
  },
  {
    title: 'Arabic search',
    query: `# Names and aliases are searched in any language, with Arabic
# letter folding and typo tolerance.
query ArabicSearch {
  search(query: "مايكروسوفت") {
    score
    entity { id name kind aliases }
  }
}
`,
  },
  {
    title: 'Path MGX → Microsoft',
    query: `# Shortest chains of relationships between two entities.
query MgxToMicrosoft {
  paths(from: "mgx", to: "microsoft") {
    nodes { id name }
    edges { type source { id } target { id } }
  }
}
`,
  },
];

// exampleTabs is GraphiQL's defaultTabs.
export const exampleTabs = examples.map(({ query }) => ({ query }));
