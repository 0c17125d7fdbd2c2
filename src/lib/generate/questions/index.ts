// Every question a fact allows, before selection: the pieces live beside this file.
export {
	attributed,
	questionId,
	sureAnchor,
	type BuildContext,
	type Candidate,
	type Form
} from './build';
export { candidatesFor } from './candidates';
export { rangePartner, sameSideOfPublication, trivialSlot, unresolvedSubject } from './giveaways';
export {
	comparedStatement,
	negatedStatement,
	reversedStatement,
	swappedStatement,
	trueStatement
} from './statements';
