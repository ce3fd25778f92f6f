// An Answer as one Discord embed plus its attachments. Pure: no client, so it is tested on its own.
// Limits: title 256, description 4096, 25 fields (name 256, value 1024), footer 2048, 6000 in all.
import type { APIEmbed } from 'discord.js';
import { messagesFor } from '../../core/messages/index.js';
import type { Answer } from '../../core/types.js';
import { fit } from './commandJson.js';

export const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

/** Dark blue like the charts; amber when the data shown is older than it should be. */
const COLOUR = 0x2b6cb0;
const STALE_COLOUR = 0xd69e2e;

export type DiscordFile = { attachment: Buffer; name: string; description: string };
export type DiscordMessage = { embeds: APIEmbed[]; files: DiscordFile[] };

/** Discord matches `attachment://` by file name; keep names to what it accepts. */
export function attachmentName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return clean.length ? clean : 'file';
}

function footerText(a: Answer, locale: string): string {
  const m = messagesFor(locale);
  const lines: string[] = [];
  if (a.asOf.length) {
    const sources = [...new Set(a.asOf.map((x) => x.source))];
    // The first entry is the answer's main number; others of another date are named with theirs.
    const main = a.asOf[0]!;
    lines.push(m.common.footer(sources, main.date));
    const others = a.asOf.slice(1).filter((x) => x.date !== main.date);
    if (others.length) lines.push(m.discord.asOfEach(others));
  }
  if (a.nextRelease) lines.push(a.nextRelease);
  return fit(lines.join('\n'), EMBED_LIMITS.footer);
}

function size(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export function answerEmbed(a: Answer, locale = 'en'): DiscordMessage {
  const m = messagesFor(locale).discord;
  const description = [a.stale ? m.staleNote(a.stale) : null, a.summary.join('\n')].filter((s): s is string => !!s).join('\n\n');
  const embed: APIEmbed = {
    title: fit(a.title, EMBED_LIMITS.title),
    color: a.stale ? STALE_COLOUR : COLOUR,
    fields: a.fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
      name: fit(f.label || '\u200b', EMBED_LIMITS.fieldName),
      value: fit(f.value || '\u200b', EMBED_LIMITS.fieldValue),
      inline: f.value.length <= 40,
    })),
  };
  if (description) embed.description = fit(description, EMBED_LIMITS.description);
  const footer = footerText(a, locale);
  if (footer) embed.footer = { text: footer };
  // Over 6000 in all: the fields go first, last ones first; then the description is cut.
  while (size(embed) > EMBED_LIMITS.total && embed.fields?.length) embed.fields.pop();
  if (size(embed) > EMBED_LIMITS.total && embed.description) {
    embed.description = fit(embed.description, Math.max(1, embed.description.length - (size(embed) - EMBED_LIMITS.total)));
  }
  if (embed.fields?.length === 0) delete embed.fields;

  const files: DiscordFile[] = [];
  if (a.chart) {
    const name = attachmentName(a.chart.name);
    embed.image = { url: `attachment://${name}` };
    files.push({ attachment: Buffer.from(a.chart.png), name, description: fit(a.chart.alt, 1024) });
  }
  for (const f of a.files ?? []) {
    const name = attachmentName(f.name);
    files.push({ attachment: Buffer.from(f.bytes), name, description: m.fileAlt(name) });
  }
  return { embeds: [embed], files };
}
