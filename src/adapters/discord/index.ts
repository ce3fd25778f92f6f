// The Discord adapter's public face: main.ts starts it when DISCORD_TOKEN is set.
export { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from './adapter.js';
export { registerCommands, type RegisterResult } from './register.js';
export { commandsJson } from './commandJson.js';
export { answerEmbed } from './render.js';
