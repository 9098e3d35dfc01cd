// Starts GraphiQL over this server's GraphQL endpoint (the page's
// data-endpoint), with a first query that shows what the graph holds.
"use strict";

const defaultQuery = `# cadregraph's GraphQL API. Run with the ▶ button
# (or Ctrl-Enter); the docs (book icon) list every query.
{
  counts { kind count }
  search(query: "vo van minh") {
    entity {
      id
      name
      ... on Person {
        tenures {
          position { name nameEn }
          firstSeen
          lastSeen
        }
      }
    }
  }
}
`;

const container = document.getElementById("graphiql");
const fetcher = GraphiQL.createFetcher({ url: new URL(container.dataset.endpoint, location.href).href });
ReactDOM.createRoot(container).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false }),
);
