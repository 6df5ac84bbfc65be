/**
 * Employers and construction projects: every row of the lists that show who should be registered
 * with BPJS Ketenagakerjaan and who is (business licences, WLKP reports, BPJS employers; construction
 * packages, BPJS project registrations), the matches between them, the pairs a person reviews, and
 * the follow-up of each case.
 */
export default /* sql */ `
-- One row per row of an employer list, kept as evidence. kind: oss (business licences from OSS/DPMPTSP),
-- wlkp (Disnaker's company reports), bpjs_employers (registered employers from the BPJS branch).
CREATE TABLE employer_records (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('oss', 'wlkp', 'bpjs_employers')),
  sheet            TEXT NOT NULL,
  row              INTEGER NOT NULL,
  -- Stable key of the business within its kind of list: nib:…, npwp:…, npp:… or nama:….
  identity         TEXT NOT NULL,
  -- Digest of the fields that matter: an unchanged row in a later list is recognised.
  fingerprint      TEXT NOT NULL,
  name             TEXT NOT NULL,
  name_key         TEXT NOT NULL,
  nib              TEXT,
  npwp             TEXT,
  npp              TEXT,
  kbli             TEXT,
  field            TEXT,
  scale            TEXT CHECK (scale IN ('mikro', 'kecil', 'menengah', 'besar')),
  capital          INTEGER,
  district_code    TEXT REFERENCES regions (code),
  village_code     TEXT REFERENCES regions (code),
  address          TEXT,
  -- Workers the business reports (oss, wlkp), or active registered workers (bpjs_employers).
  workers          INTEGER,
  -- bpjs_employers: the programs as JKK,JKM,JHT,JP,JKP; NULL when the list does not say.
  programs         TEXT,
  status           TEXT,
  active           INTEGER NOT NULL DEFAULT 1,
  arrears          INTEGER NOT NULL DEFAULT 0,
  arrears_months   INTEGER,
  arrears_amount   INTEGER,
  registered_date  TEXT,
  report_year      INTEGER,
  -- The list's date (from its title or file name, else the day it was imported).
  as_of            TEXT NOT NULL,
  -- JSON [[header, value], …]: the row as the list wrote it.
  cells            TEXT NOT NULL
) STRICT;
CREATE INDEX employer_records_batch ON employer_records (batch_id);
CREATE INDEX employer_records_identity ON employer_records (kind, identity);

-- One row per row of a construction list. kind: packages (SiRUP/SPSE exports, PUPR's sheet, APB Nagari
-- village works), bpjs_projects (project registrations from the BPJS branch).
CREATE TABLE project_records (
  id                   INTEGER PRIMARY KEY,
  batch_id             INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  kind                 TEXT NOT NULL CHECK (kind IN ('packages', 'bpjs_projects')),
  sheet                TEXT NOT NULL,
  row                  INTEGER NOT NULL,
  identity             TEXT NOT NULL,
  fingerprint          TEXT NOT NULL,
  package              TEXT NOT NULL,
  package_key          TEXT NOT NULL,
  opd                  TEXT,
  contractor           TEXT,
  contractor_key       TEXT,
  contractor_npwp      TEXT,
  contract_number      TEXT,
  contract_key         TEXT,
  contract_date        TEXT,
  start_date           TEXT,
  end_date             TEXT,
  value                INTEGER,
  funding              TEXT,
  -- apbd_kabupaten, apbd_provinsi, apbn, apb_nagari, other (NULL: not said).
  funding_kind         TEXT,
  year                 INTEGER,
  district_code        TEXT REFERENCES regions (code),
  village_code         TEXT REFERENCES regions (code),
  location             TEXT,
  workers              INTEGER,
  procurement          TEXT,
  registration_number  TEXT,
  registered_date      TEXT,
  contribution         INTEGER,
  status               TEXT,
  as_of                TEXT NOT NULL,
  cells                TEXT NOT NULL
) STRICT;
CREATE INDEX project_records_batch ON project_records (batch_id);
CREATE INDEX project_records_identity ON project_records (kind, identity);

-- Matches between two lists by identity: domain business (licence <-> WLKP), employer (business <->
-- BPJS employer), project (package <-> BPJS registration). Recomputed after every import, undo or decision.
CREATE TABLE compliance_links (
  domain     TEXT NOT NULL CHECK (domain IN ('business', 'employer', 'project')),
  left_key   TEXT NOT NULL,
  right_key  TEXT NOT NULL,
  method     TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (domain, left_key, right_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX compliance_links_right ON compliance_links (domain, right_key);

-- Pairs that are only similar: a person confirms or rejects them. Undecided pairs are proposed again
-- after each import; decisions are kept (and audited) for as long as both entries exist.
CREATE TABLE compliance_reviews (
  id          INTEGER PRIMARY KEY,
  domain      TEXT NOT NULL CHECK (domain IN ('business', 'employer', 'project')),
  left_key    TEXT NOT NULL,
  right_key   TEXT NOT NULL,
  score       REAL NOT NULL,
  reason      TEXT NOT NULL,
  decision    TEXT CHECK (decision IN ('confirmed', 'rejected')),
  decided_by  TEXT,
  decided_at  TEXT,
  note        TEXT,
  UNIQUE (domain, left_key, right_key)
) STRICT;
CREATE INDEX compliance_reviews_open ON compliance_reviews (domain, decision);

-- A case per employer or project followed up; it closes by itself when a later BPJS list shows the registration.
CREATE TABLE compliance_cases (
  id             INTEGER PRIMARY KEY,
  subject        TEXT NOT NULL CHECK (subject IN ('employer', 'project')),
  subject_key    TEXT NOT NULL,
  name           TEXT NOT NULL,
  opened_at      TEXT NOT NULL,
  opened_status  TEXT NOT NULL,
  closed_at      TEXT,
  closed_reason  TEXT,
  -- The BPJS list that showed the registration (its undo reopens the case).
  closed_batch   INTEGER REFERENCES import_batches (id)
) STRICT;
CREATE UNIQUE INDEX compliance_cases_open ON compliance_cases (subject, subject_key) WHERE closed_at IS NULL;

CREATE TABLE compliance_actions (
  id             INTEGER PRIMARY KEY,
  case_id        INTEGER NOT NULL REFERENCES compliance_cases (id),
  action         TEXT NOT NULL CHECK (action IN ('letter', 'visit', 'reported', 'note', 'closed', 'reopened', 'autoClosed')),
  -- The day it happened (a visit may be recorded later); recorded_at is when it was written down.
  on_date        TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  actor          TEXT NOT NULL,
  letter_number  TEXT,
  note           TEXT
) STRICT;
CREATE INDEX compliance_actions_case ON compliance_actions (case_id);
`;
