/**
 * The loop with the BPJS branch: the beneficiaries sent to it for registration, its monthly bills as
 * they were checked (every row with its one reason, the figures of that check, the beneficiaries it did
 * not bill), the payments made (SP2D), and the claims it paid. A bill or a claim list is an import
 * batch like any list: undoing it removes its rows, and the bill before it counts again.
 * Worker ids here are not foreign keys: a bill names people Cakap may not hold, and a worker list's
 * undo must not be blocked by a bill that merely mentioned one of its workers.
 */
export default /* sql */ `
CREATE TABLE registration_sent (
  id          INTEGER PRIMARY KEY,
  program_id  INTEGER NOT NULL REFERENCES programs (id),
  worker_id   INTEGER NOT NULL,
  file_name   TEXT NOT NULL,
  sent_on     TEXT NOT NULL,
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX registration_sent_program ON registration_sent (program_id, worker_id);
CREATE INDEX registration_sent_worker ON registration_sent (worker_id, sent_on);

-- One row per bill batch: the program, the month, and the figures of the check as it was made.
-- The newest bill of a program and month counts; an earlier one is kept beside it (a correction).
CREATE TABLE bills (
  batch_id          INTEGER PRIMARY KEY REFERENCES import_batches (id) ON DELETE CASCADE,
  program_id        INTEGER NOT NULL REFERENCES programs (id),
  month             TEXT NOT NULL,
  premium           INTEGER NOT NULL,
  billed_workers    INTEGER NOT NULL,
  billed_amount     INTEGER NOT NULL,
  expected_workers  INTEGER NOT NULL,
  expected_amount   INTEGER NOT NULL,
  exception_amount  INTEGER NOT NULL,
  payable           INTEGER NOT NULL,
  not_billed        INTEGER NOT NULL,
  -- JSON: rows per reason (and notBilled persons); Rupiah withheld per reason.
  counts            TEXT NOT NULL,
  amounts           TEXT NOT NULL,
  -- Rows read (the bill_parts hold them all).
  row_count         INTEGER NOT NULL,
  -- Whom it pays for, one "YYYY-MM NIK ROW" per line (rows without a reason, or only a wrong amount):
  -- what a later bill of another program is checked against (reason 4).
  paying            TEXT NOT NULL,
  member_list_as_of TEXT,
  -- JSON array of sentences the minute prints (a relief in force, no participant list yet, ...).
  notes             TEXT NOT NULL
) STRICT;
CREATE INDEX bills_program_month ON bills (program_id, month, batch_id);

-- Every row of a bill as read and checked, PART_SIZE rows to a part, each row a JSON array (see
-- queries/finance.ts BillLine): a hundred thousand rows are fifty inserts, not a hundred thousand.
CREATE TABLE bill_parts (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  part      INTEGER NOT NULL,
  lines     TEXT NOT NULL,
  UNIQUE (batch_id, part)
) STRICT;

-- The rows not to be paid (one of the six reasons), one row each: the page's lists and the minute's lampiran.
CREATE TABLE bill_rows (
  id                INTEGER PRIMARY KEY,
  batch_id          INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  sheet             TEXT NOT NULL,
  row               INTEGER NOT NULL,
  -- The contribution month the row bills (the bill's month unless the row says another).
  month             TEXT NOT NULL,
  worker_id         INTEGER,
  nik               TEXT,
  kpj               TEXT,
  name              TEXT,
  amount            INTEGER NOT NULL,
  expected          INTEGER,
  reason            TEXT NOT NULL CHECK (reason IN ('notEnrolled', 'outsideEnrolment', 'afterDeath', 'doubleBilled', 'employedElsewhere', 'wrongAmount')),
  exception_amount  INTEGER NOT NULL,
  detail            TEXT
) STRICT;
CREATE INDEX bill_rows_batch ON bill_rows (batch_id, reason);
CREATE INDEX bill_rows_nik ON bill_rows (nik);

-- Beneficiaries whose enrolment covers the bill's month and who are on no row of it.
CREATE TABLE bill_unbilled (
  batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  worker_id  INTEGER NOT NULL,
  PRIMARY KEY (batch_id, worker_id)
) STRICT, WITHOUT ROWID;

-- What the treasury paid (an SP2D), per program and contribution month. A payment recorded by
-- mistake is removed with a reason, never deleted.
CREATE TABLE payments (
  id              INTEGER PRIMARY KEY,
  program_id      INTEGER NOT NULL REFERENCES programs (id),
  month           TEXT NOT NULL,
  amount          INTEGER NOT NULL CHECK (amount > 0),
  paid_on         TEXT NOT NULL,
  reference       TEXT NOT NULL,
  -- The reference without case, spaces or punctuation: "SP2D 12/2026" and "sp2d-12/2026" are one.
  reference_key   TEXT NOT NULL,
  actor           TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  removed_at      TEXT,
  removed_by      TEXT,
  removed_reason  TEXT
) STRICT;
CREATE UNIQUE INDEX payments_reference ON payments (program_id, reference_key) WHERE removed_at IS NULL;
CREATE INDEX payments_program_month ON payments (program_id, month);

-- Benefits the branch paid. The NIK is the list's own, or the one its KPJ has in a participant list.
CREATE TABLE claims (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  sheet       TEXT NOT NULL,
  row         INTEGER NOT NULL,
  nik         TEXT,
  kpj         TEXT,
  name        TEXT,
  type        TEXT NOT NULL CHECK (type IN ('JKK', 'JKM', 'JHT', 'JKP', 'beasiswa')),
  event_date  TEXT,
  paid_date   TEXT,
  amount      INTEGER NOT NULL CHECK (amount >= 0),
  -- Person, type, event date and amount: the same claim on a later (cumulative) list is not counted again.
  claim_key   TEXT NOT NULL
) STRICT;
CREATE INDEX claims_nik ON claims (nik, type, event_date);
CREATE INDEX claims_key ON claims (claim_key);
CREATE INDEX claims_batch ON claims (batch_id);

-- Bills and claims that carry only the KPJ are matched through the participant lists.
CREATE INDEX bpjs_members_kpj ON bpjs_members (kpj) WHERE kpj IS NOT NULL;
`;
