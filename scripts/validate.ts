import { contentRoot, readContentFiles } from '../src/lib/content/files';
import { describeProblems, validateContent } from '../src/lib/content/validate';

/** `npm run validate [folder]`: checks every file under questions/ and lists every problem. */
const root = process.argv[2] ?? contentRoot();
const { content, problems } = validateContent(readContentFiles(root));
if (problems.length) {
	console.error(describeProblems(root, problems));
	process.exit(1);
}
const questions = [...content.banks.values()].reduce((sum, bank) => sum + bank.questions.length, 0);
console.log(
	`${root}/ is valid: ${content.articles.size} article(s), ${content.banks.size} bank(s) with ${questions} question(s), ${content.sets.size} set(s).`
);
