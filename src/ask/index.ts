// /ask's router, out of core: free text to one command of the registry and its option words.
// keywords.ts (words and phrases), dates.ts (dates and ranges), intents.ts (which command wins),
// table.ts (which options each command takes, read from the registry).
export { editDistance, normalise } from './keywords.js';
export { rangeCovering } from './dates.js';
export { CONFIDENT, route, type RouteResult, type Routed, type Suggestion, type SuggestionWhy } from './intents.js';
export { routingTable, type RouteSpec, type RoutingTable } from './table.js';
