import type Database from 'better-sqlite3';

/** A connection to the office database. */
export type Db = Database.Database;
