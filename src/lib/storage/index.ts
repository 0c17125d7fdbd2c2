export * from './progress-store';
export * from './records';
export * from './stats';
export { dueEntryOf, dueIndexRecord, foldDueIndex, readDueHeader } from './progress-due-index';
