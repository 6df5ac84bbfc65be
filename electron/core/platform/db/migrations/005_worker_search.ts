/**
 * A trigram index of worker names (SQLite's FTS5), so that searching the Pekerja list for a name
 * that matches nobody answers from the index instead of reading a million names. It indexes the
 * workers table itself (external content, no copy of the names; detail=none keeps it small).
 * An import adds its new workers to it in one statement before it commits (batchWrites.ts): a
 * trigger per inserted row costs several times the insert itself. Deleted workers and changed
 * names (undo, edits, erasure) are kept in step by the triggers below.
 */
export default /* sql */ `
CREATE VIRTUAL TABLE workers_name_search USING fts5(name, content = 'workers', content_rowid = 'id', tokenize = 'trigram', detail = 'none');
-- A deleted or changed name leaves no trace in the index (erasure on request, UU 27/2022).
INSERT INTO workers_name_search (workers_name_search, rank) VALUES ('secure-delete', 1);
INSERT INTO workers_name_search (workers_name_search) VALUES ('rebuild');

CREATE TRIGGER workers_name_search_delete AFTER DELETE ON workers BEGIN
  INSERT INTO workers_name_search (workers_name_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER workers_name_search_update AFTER UPDATE OF name ON workers WHEN old.name IS NOT new.name BEGIN
  INSERT INTO workers_name_search (workers_name_search, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO workers_name_search (rowid, name) VALUES (new.id, new.name);
END;
`;
