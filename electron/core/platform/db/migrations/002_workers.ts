/**
 * Workers, the import batches that brought them, each batch's problems, and every change to a worker.
 * The workers table is not STRICT: its columns are all checked by the importer, and STRICT's
 * per-row type checks cost a third of the insert time on a million-row import.
 */
export default /* sql */ `
CREATE TABLE import_batches (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL DEFAULT 'workers',
  file_name   TEXT NOT NULL,
  file_hash   TEXT NOT NULL,
  file_size   INTEGER NOT NULL,
  -- JSON: per sheet its header row, header cells and the column mapping used.
  sheets      TEXT NOT NULL,
  accepted    INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  unchanged   INTEGER NOT NULL,
  rejected    INTEGER NOT NULL,
  warnings    INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  undone_at   TEXT,
  undone_by   TEXT
) STRICT;
CREATE INDEX import_batches_hash ON import_batches (file_hash);

CREATE TABLE import_issues (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  sheet     TEXT NOT NULL,
  row       INTEGER,
  col       TEXT,
  code      TEXT NOT NULL,
  -- The full sentence with sheet, row and column; detail is the same without the location.
  message   TEXT NOT NULL,
  detail    TEXT NOT NULL,
  -- JSON array of the row's original cells, kept for rejected rows so they can be sent back.
  raw       TEXT
) STRICT;
CREATE INDEX import_issues_batch ON import_issues (batch_id, severity);

CREATE TABLE workers (
  id             INTEGER PRIMARY KEY,
  nik            TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  birth_date     TEXT,
  birth_place    TEXT,
  sex            TEXT CHECK (sex IN ('L', 'P')),
  address        TEXT,
  district_code  TEXT REFERENCES regions (code),
  village_code   TEXT REFERENCES regions (code),
  occupation     TEXT,
  phone          TEXT,
  kpj            TEXT,
  created_batch  INTEGER REFERENCES import_batches (id),
  updated_batch  INTEGER REFERENCES import_batches (id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
-- The Pekerja list is ordered by name: each filter's index carries the name, so a filtered page
-- comes out of the index already sorted, and the name index alone covers a page of the whole list.
CREATE INDEX workers_name ON workers (name COLLATE NOCASE);
CREATE INDEX workers_village ON workers (village_code, name COLLATE NOCASE);
CREATE INDEX workers_district ON workers (district_code, name COLLATE NOCASE);
-- Occupation and kecamatan are often filtered together ("Petani Sawit in Sangir Batang Hari").
CREATE INDEX workers_occupation ON workers (occupation, district_code, name COLLATE NOCASE);
CREATE INDEX workers_created_batch ON workers (created_batch);

-- One row per change to a known worker: the old and new values of the fields that changed.
CREATE TABLE worker_history (
  id         INTEGER PRIMARY KEY,
  worker_id  INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
  batch_id   INTEGER REFERENCES import_batches (id),
  action     TEXT NOT NULL CHECK (action IN ('updated', 'edited', 'erased')),
  before     TEXT NOT NULL,
  after      TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL
) STRICT;
CREATE INDEX worker_history_worker ON worker_history (worker_id);
CREATE INDEX worker_history_batch ON worker_history (batch_id);

-- Workers a batch listed without changing them: with created_batch and the history, every worker a
-- list named can be found again from its batch ("enrol everyone from this import").
CREATE TABLE import_unchanged (
  batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  worker_id  INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
  PRIMARY KEY (batch_id, worker_id)
) STRICT, WITHOUT ROWID;

-- Column mappings the operator confirmed, found again by the file's header cells.
CREATE TABLE header_mappings (
  signature   TEXT PRIMARY KEY,
  mapping     TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
`;
