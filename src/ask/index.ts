// /ask's router, out of core: free text to one command of the registry and its option words.
// keywords.ts (words and phrases), dates.ts (dates and ranges), intents.ts (which command wins).
export { editDistance, normalise } from './keywords.js';
export { rangeCovering } from './dates.js';
export { CONFIDENT, EXPLAIN_TOPICS, ROUTABLE, route, type RouteResult, type Routed, type Suggestion, type SuggestionWhy } from './intents.js';
