/** The one place that names the SQLite driver, so every module shares its types. */
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;
export { Database };
