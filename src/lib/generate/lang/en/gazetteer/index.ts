export * from './calendar';
export * from './organizations';
export * from './people';
export * from './places';
