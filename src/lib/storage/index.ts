export * from './progress-store';
export * from './records';
export * from './stats';
