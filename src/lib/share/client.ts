import { createAssignmentStore, type AssignmentStore } from './assignments';

let store: AssignmentStore | undefined;

/** The student's assignment store, opened on first use in the browser. */
export function assignments(): AssignmentStore {
	return (store ??= createAssignmentStore());
}
