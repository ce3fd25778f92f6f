// /ask's keywords on their own: Chinese phrases are found as substrings, longest first, each once;
// area words alone (附買回, 流動性) are vague, not a command.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { routingTable } from '../../src/ask/index.js';
import { CJK_KEYWORDS, KEYWORDS, keywords } from '../../src/ask/keywords.js';
import { choicesOf } from '../../src/ask/table.js';

const found = (text: string) => keywords(text).matches.map((m) => `${m.kw.command}${m.kw.topic ? `/${m.kw.topic}` : ''}`);

describe('Chinese keywords', () => {
  it('reads 準備金利率 as IORB (the corridor), not as reserves', () => {
    expect(found('準備金利率')).toEqual(['corridor/iorb']);
    expect(found('准备金')).toEqual(['reserves/reserves']);
  });
  it('reads the glossary term and its synonyms for each tool, in both scripts', () => {
    for (const t of ['逆附買回協議', '逆回購', '逆回购']) expect(found(t), t).toEqual(['rrp/onrrp']);
    for (const t of ['常設回購工具', '常設回購便利', '常備回購便利', '常设回购便利']) expect(found(t), t).toEqual(['srf/srf']);
    for (const t of ['財政部一般帳戶', '國債一般帳戶', '财政部一般账户']) expect(found(t), t).toEqual(['tga/tga']);
    for (const t of ['量化緊縮', '缩表']) expect(found(t), t).toEqual(['balance/qt']);
  });
  it('uses each phrase once and keeps the English words working beside it', () => {
    expect(found('sofr 逆回購 tga')).toEqual(['rrp/onrrp', 'sofr/sofr', 'tga/tga']);
  });
  it('area words alone are vague', () => {
    expect(keywords('附買回').matches).toEqual([]);
    expect(keywords('附買回').vague).toEqual(['sofr', 'stress', 'srf']);
    expect(keywords('流动性').vague).toEqual(['netliq', 'reserves', 'stress']);
    for (const fed of ['聯準會', '美联储', '美聯儲', '联准会', '联储']) expect(keywords(fed).vague, fed).toEqual(['balance', 'corridor', 'reserves']);
  });
});

describe('the keywords and the routing table agree with the registry', () => {
  const names = new Set(commands.map((c) => c.name));
  it('every command a keyword names is registered', () => {
    for (const k of [...KEYWORDS, ...CJK_KEYWORDS]) expect(names.has(k.command), `${k.phrase.join(' ')} -> /${k.command}`).toBe(true);
  });
  it("every topic a keyword names is one of /explain's declared topics", () => {
    const topics = choicesOf(routingTable(commands), 'explain', 'topic');
    for (const k of [...KEYWORDS, ...CJK_KEYWORDS]) if (k.topic) expect(topics, k.topic).toContain(k.topic);
  });
  it('the table gives each command exactly its declared date, range and choices', () => {
    const table = routingTable(commands);
    for (const c of commands) {
      const spec = table.get(c.name)!;
      const kinds = Object.values(c.options).map((o) => o.kind);
      expect(spec.date, `/${c.name}`).toBe(kinds.includes('date'));
      expect(spec.range, `/${c.name}`).toBe(kinds.includes('range'));
    }
    expect(table.get('nowcast')).toMatchObject({ date: true, range: true });
    expect(choicesOf(table, 'export', 'series')).toContain('reserves');
  });
});
