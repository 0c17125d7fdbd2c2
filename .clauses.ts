import { readFileSync } from 'node:fs';
import { parseFrontMatter } from '/work/main/src/lib/content/front-matter';
import { segment } from '/work/main/src/lib/generate/segment';
import { parse } from '/work/main/src/lib/generate/parse';
import { mainClause } from '/work/main/src/lib/generate/lang/en/clause';
for (const f of process.argv.slice(2)) {
  const { body } = parseFrontMatter(readFileSync(f, 'utf8'));
  for (const s of segment(body).sentences) {
    const p = parse(s.text);
    const c = mainClause(p);
    console.log('\n' + s.text);
    if (!c) { console.log('  (no clause)'); continue; }
    console.log(`  lead=[${c.lead?.text ?? ''}] subj=[${c.subject.text}]${c.plural?'pl':''} verb=[${c.verb.text}|${c.verb.form}|${c.verb.infinitive}|aux:${c.verb.auxiliary}] chain=[${c.chain?.text ?? ''}] obj=[${c.object?.text ?? ''}]`);
  }
}
