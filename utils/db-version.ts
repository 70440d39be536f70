/**
 * The database's name and schema version, apart from utils/db.ts (which loads Dexie) so that code reading the
 * database without Dexie (utils/library.ts) can check that the schema it expects is installed.
 */
export const DB_NAME = 'clauselens';
// 6: the `agreements` table (the user's agreement dates, for deadlines).
export const DB_VERSION = 6;
