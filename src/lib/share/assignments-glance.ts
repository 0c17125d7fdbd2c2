import { holdsRecords } from '../storage/database';

/**
 * Whether anything is stored in the assignments' database: asked before the assignment store and
 * its schemas load, so a device with no assignment (most) never loads them on the home page.
 */
export const holdsAssignments = () => holdsRecords('assignments');
