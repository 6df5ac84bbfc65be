/**
 * Funding programs, who they pay for and for which months, and what BPJS Ketenagakerjaan reports:
 * its participant lists (matched to workers by NIK) and its monthly recaps (the official counts).
 */
export default /* sql */ `
CREATE TABLE programs (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  source             TEXT NOT NULL CHECK (source IN ('apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit', 'apb_nagari', 'csr', 'employer', 'self', 'other')),
  -- The nagari (APB Nagari) or the company (CSR) behind the money.
  source_detail      TEXT,
  year               INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  budget             INTEGER NOT NULL CHECK (budget >= 0),
  premium            INTEGER NOT NULL CHECK (premium > 0),
  benefits           TEXT NOT NULL,
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  quota              INTEGER CHECK (quota IS NULL OR quota > 0),
  agency             TEXT,
  min_age            INTEGER,
  max_age            INTEGER,
  domicile_required  INTEGER NOT NULL DEFAULT 1,
  occupations        TEXT,
  status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK (period_from <= period_to)
) STRICT;

CREATE TABLE enrollments (
  id                     INTEGER PRIMARY KEY,
  worker_id              INTEGER NOT NULL REFERENCES workers (id),
  program_id             INTEGER NOT NULL REFERENCES programs (id),
  month_from             TEXT NOT NULL,
  month_to               TEXT NOT NULL,
  ended_reason           TEXT,
  double_funding_reason  TEXT,
  pu_warning             INTEGER NOT NULL DEFAULT 0,
  actor                  TEXT NOT NULL,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  UNIQUE (worker_id, program_id),
  CHECK (month_from <= month_to)
) STRICT;
CREATE INDEX enrollments_program ON enrollments (program_id, month_from, month_to);
CREATE INDEX enrollments_months ON enrollments (month_from, month_to);

CREATE TABLE bpjs_members (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  nik         TEXT NOT NULL,
  kpj         TEXT,
  name        TEXT,
  segment     TEXT CHECK (segment IN ('PU', 'BPU', 'JAKON', 'PMI')),
  active      INTEGER NOT NULL,
  start_date  TEXT,
  as_of       TEXT NOT NULL
) STRICT;
CREATE INDEX bpjs_members_nik ON bpjs_members (nik, as_of);
CREATE INDEX bpjs_members_batch ON bpjs_members (batch_id);

-- One row per month, kecamatan (NULL: the whole regency) and segment, as BPJS reported it.
-- A later recap of the same month is kept beside the earlier one; the latest batch counts.
CREATE TABLE bpjs_recaps (
  id             INTEGER PRIMARY KEY,
  batch_id       INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  month          TEXT NOT NULL,
  district_code  TEXT REFERENCES regions (code),
  segment        TEXT NOT NULL CHECK (segment IN ('PU', 'BPU', 'JAKON', 'PMI', 'ALL')),
  active         INTEGER NOT NULL CHECK (active >= 0)
) STRICT;
CREATE INDEX bpjs_recaps_month ON bpjs_recaps (month, batch_id);
`;
