/**
 * A province's database: the packages its regencies send (aggregate figures only, no personal data),
 * each as received, with its checksum. A newer package of the same regency and month replaces the
 * older for the figures; both stay in the history.
 */
export default /* sql */ `
CREATE TABLE province_packages (
  id              INTEGER PRIMARY KEY,
  regency_code    TEXT NOT NULL,
  regency_name    TEXT NOT NULL,
  month           TEXT NOT NULL,
  as_of           TEXT NOT NULL,
  exported_at     TEXT NOT NULL,
  exported_by     TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  body            TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  imported_at     TEXT NOT NULL,
  imported_by     TEXT NOT NULL,
  replaced_at     TEXT
) STRICT;
CREATE UNIQUE INDEX province_packages_sha256 ON province_packages (sha256);
CREATE INDEX province_packages_regency ON province_packages (regency_code, month);
`;
