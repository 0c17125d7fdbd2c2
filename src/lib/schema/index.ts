export * from './article';
export * from './bank';
export * from './set';
export * from './review';
