import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFrontMatter } from '/work/main/src/lib/content/front-matter';
import { generateBank } from '/work/main/src/lib/generate/index';
import { Article, ArticleMeta } from '/work/main/src/lib/schema';
if (process.env.DEBUG) (globalThis as any).__debug = (ranked: any[], chosen: any[]) => {
  const ids = new Set(chosen.map((c: any) => c.question.id));
  for (const r of [...ranked].sort((a,b)=>b.salience-a.salience)) {
    console.log(`\n  [${r.salience.toFixed(2)}] ${r.claim.text}${r.claim.source ? '  <<'+r.claim.source : ''}${r.claim.clause ? `  {S:${r.claim.clause.subject.text}|V:${r.claim.clause.verb.text}|O:${r.claim.clause.object?.text??''}}` : ''}`);
    for (const c of r.candidates) console.log(`     ${ids.has(c.question.id)?'*':' '} ${c.form} w${c.slot.weight.toFixed(2)} q${c.quality} ${c.question.prompt.slice(0,110)} => ${c.question.answer}`);
  }
};
for (const f of process.argv.slice(2)) {
  const { data, body } = parseFrontMatter(readFileSync(f, 'utf8'));
  const a = Article.parse({ ...ArticleMeta.parse(data), id: basename(f, '.md').slice(0,60), body });
  const t0 = performance.now();
  const { report, bank } = generateBank(a);
  console.log(`\n######## ${basename(f)} ${Math.round(performance.now()-t0)}ms  ${report.raw.length} questions ${JSON.stringify(report.counts)} warnings: ${bank.warnings.join(' | ')}`);
  report.raw.forEach((q, i) => {
    const extra = 'options' in q && q.type !== 'true_false' && q.options ? `  [${q.options.join(' | ')}]` : '';
    const acc = q.accept?.length ? `  acc: ${q.accept.join(' | ')}` : '';
    const pairs = q.type==='matching' ? ' '+JSON.stringify(q.pairs) : q.type==='ordering' ? ' '+JSON.stringify(q.items) : '';
    console.log(`${i+1}. [${q.type}] ${q.prompt}${extra}\n     => ${q.answer}${acc}${pairs}`);
  });
  if (process.env.FILTERED) for (const r of report.filtered) console.log('   filtered', r.id, r.reason);
}
