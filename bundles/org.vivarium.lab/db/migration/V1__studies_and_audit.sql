-- Vivarium lab schema, version 1: studies pushed from files, their file content, and their audit trail.
-- The group roles (technician, scientist, pi, viewer, admin) are cluster-wide: `vivarium lab init` creates them
-- before migrating; migrations only GRANT. Who pushed / recorded and when are set by the server (column defaults
-- the roles may not write), never by the client.

CREATE TABLE study (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text        NOT NULL,
    model_version text        NOT NULL,
    file_name     text        NOT NULL,
    pushed_by     text        NOT NULL DEFAULT current_user,
    pushed_at     timestamptz NOT NULL DEFAULT now()
);

-- the bytes of the .vivarium file as Vivarium wrote it: pull gives back the identical study, trail and seal included
CREATE TABLE study_file (
    study_id bigint PRIMARY KEY REFERENCES study (id),
    content  bytea  NOT NULL,
    sha256   text   NOT NULL
);

-- append-only: one row per entry of the study's audit trail: its chain hash and its JSON as the file holds it, so
-- that the rows alone check as a chain (hash = SHA-256 of the previous hash's bytes and the JSON)
CREATE TABLE audit_entry (
    study_id    bigint      NOT NULL REFERENCES study (id),
    seq         bigint      NOT NULL,
    hash        text        NOT NULL,
    entry       text        NOT NULL,
    recorded_by text        NOT NULL DEFAULT current_user,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (study_id, seq)
);

REVOKE ALL ON study, study_file, audit_entry FROM PUBLIC;
-- reading: every role that works with study data (admin: users only, no study data)
GRANT SELECT ON study, study_file, audit_entry TO viewer, technician, scientist, pi;
-- pushing a study: scientists and PIs; only the columns the client may set (not pushed_by/pushed_at)
GRANT INSERT (title, model_version, file_name) ON study TO scientist, pi;
GRANT INSERT (study_id, content, sha256) ON study_file TO scientist, pi;
-- the trail: appended by anyone who changes study data, never updated, deleted or truncated
GRANT INSERT (study_id, seq, hash, entry) ON audit_entry TO technician, scientist, pi;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM technician, scientist, pi, viewer, admin, PUBLIC;
-- clients check the schema version before working on it
GRANT SELECT ON flyway_schema_history TO viewer, technician, scientist, pi;
