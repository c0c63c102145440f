-- The installation itself: one row naming this Ruqsat database, written when it is first migrated.
-- Later migrations build the offices, staff, cases and their audit log on top of it.

CREATE TABLE ruqsat.installation (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    label       text NOT NULL DEFAULT 'Ruqsat',
    created_at  timestamptz NOT NULL DEFAULT now(),
    singleton   boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);

INSERT INTO ruqsat.installation DEFAULT VALUES;

COMMENT ON TABLE ruqsat.installation IS 'Exactly one row: which Ruqsat installation this database is.';
