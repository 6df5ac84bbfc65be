/** Regions of the chosen regency, the two numbers coverage depends on, settings and the audit log. */
export default /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  level       TEXT NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  parent_code TEXT REFERENCES regions (code),
  name        TEXT NOT NULL
) STRICT;
CREATE INDEX regions_parent ON regions (parent_code);

CREATE TABLE workforce (
  area_code  TEXT NOT NULL REFERENCES regions (code),
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  count      INTEGER NOT NULL CHECK (count >= 0),
  source     TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (area_code, year)
) STRICT;

CREATE TABLE targets (
  year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  percent    REAL NOT NULL CHECK (percent > 0 AND percent <= 100),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id     INTEGER PRIMARY KEY,
  at     TEXT NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
`;
