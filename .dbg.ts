import { readFileSync } from 'node:fs';
import { parseFrontMatter } from './src/lib/content/front-matter';
import { segment } from './src/lib/generate/segment';
import { collectPeople } from './src/lib/generate/entities';
const { body } = parseFrontMatter(readFileSync(process.argv[2]!, 'utf8'));
console.log(collectPeople(segment(body).sentences.map(s=>s.text)).map(p=>[p.name,p.surname,p.role,p.aliases.join('/')]));
