// Entities: the people an article names and the mentions (people, places, dates, amounts) in
// its sentences. The pieces live beside this file; this is what the rest of the generator uses.
export type { Amount, Mention, Person } from './types';
export { collectPeople } from './people';
export { findMentions, recogniserNames } from './find';
export type { FindOptions } from './recogniser';
export { parseAmount } from './recognise-amounts';
export { isOffence, isWork } from './recognise-works';
export { orgShortForms, placeNames } from './patterns';
export { tenseNear } from '../lang/en/tense';
