export { ShareError } from './codec';
export * from './set-link';
export * from './result-code';
export * from './results';
export * from './assignments';
