// /ask's routing table, derived from the registry: which options each command takes (a date, a
// range, choices and their values). The router never keeps its own list, so a command's options
// cannot drift from what the router gives it (/ask nowcast 1y runs /nowcast range:1y because
// /nowcast declares a range).
import type { CommandInfo } from '../core/command.js';

export type RouteSpec = {
  /** Takes a date option (its name: the router writes `date:`). */
  readonly date: boolean;
  /** Takes a range option. */
  readonly range: boolean;
  /** Each choice option's values, by option name. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
};

export type RoutingTable = ReadonlyMap<string, RouteSpec>;

const NONE: RouteSpec = { date: false, range: false, choices: {} };

const cache = new WeakMap<readonly CommandInfo[], RoutingTable>();

/** The table for a registry (computed once per registry array). */
export function routingTable(commands: readonly CommandInfo[]): RoutingTable {
  const hit = cache.get(commands);
  if (hit) return hit;
  const table = new Map<string, RouteSpec>();
  for (const c of commands) {
    const specs = Object.entries(c.options);
    table.set(c.name, {
      date: specs.some(([name, s]) => s.kind === 'date' && name === 'date'),
      range: specs.some(([name, s]) => s.kind === 'range' && name === 'range'),
      choices: Object.fromEntries(specs.flatMap(([name, s]) => (s.kind === 'choice' ? [[name, s.choices]] : []))),
    });
  }
  cache.set(commands, table);
  return table;
}

/** A command's options; none for a command the registry does not have. */
export function routeSpec(table: RoutingTable, command: string): RouteSpec {
  return table.get(command) ?? NONE;
}

/** The values of one choice option of one command ([] when it has no such option). */
export function choicesOf(table: RoutingTable, command: string, option: string): readonly string[] {
  const choices = routeSpec(table, command).choices;
  return Object.hasOwn(choices, option) ? choices[option]! : [];
}
