/**
 * Gap-closing scenarios of the Rencana page: the scenario as the officer typed it (JSON, checked by
 * shared/contract/plans.ts on every read), and whether it is the plan chosen for the leadership report.
 * Figures are not stored: they are computed from the data of the day, so they never go stale.
 */
export default /* sql */ `
CREATE TABLE plans (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  as_of       TEXT NOT NULL,
  scenario    TEXT NOT NULL,
  chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX plans_name ON plans (name COLLATE NOCASE);
-- At most one plan is the chosen one.
CREATE UNIQUE INDEX plans_chosen ON plans (chosen) WHERE chosen = 1;
`;
