-- Vivarium lab schema, version 2: lab studies change in place, by several people at once.
--
-- * Recorded values are rows (one per session, animal or cage, and measure) laid over the study file as last stored
--   (the design); each row has a version, and who changed it when, set by the server.
-- * Every change goes through vivarium_commit: one transaction that locks the study's row (so its changes, and its
--   audit chain, are in one order), refuses a change made on a stale view (naming who changed it and when), writes the
--   rows or the design and the change's audit entry - numbered, timed, signed with the login and chained by the
--   server, never by the client - and tells listening clients (NOTIFY vivarium).
-- * The roles keep SELECT but lose every direct write: what a user can do with psql is what Vivarium lets them do.
--   Technicians record values; only scientists and PIs change the design (the study file) or push studies.

ALTER TABLE study
    ADD COLUMN last_seq    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN last_hash   text        NOT NULL DEFAULT encode(sha256(convert_to('vivarium audit trail', 'UTF8')), 'hex'),
    ADD COLUMN design_seq  bigint      NOT NULL DEFAULT 0,
    ADD COLUMN design_by   text,
    ADD COLUMN design_at   timestamptz,
    ADD COLUMN units_known boolean     NOT NULL DEFAULT false;

-- studies pushed under version 1: their chain goes on from their last audit row
UPDATE study s SET last_seq = a.seq, last_hash = a.hash, design_seq = a.seq, design_by = s.pushed_by,
       design_at = s.pushed_at
  FROM (SELECT DISTINCT ON (study_id) study_id, seq, hash FROM audit_entry ORDER BY study_id, seq DESC) a
 WHERE a.study_id = s.id;

-- the animals and cages of the stored design: a value for one that is no longer there is refused
CREATE TABLE study_unit (
    study_id bigint NOT NULL REFERENCES study (id),
    unit_id  text   NOT NULL,
    PRIMARY KEY (study_id, unit_id)
);

CREATE TABLE measurement (
    study_id         bigint           NOT NULL REFERENCES study (id),
    session_id       text             NOT NULL,
    unit_id          text             NOT NULL,
    measure_id       text             NOT NULL,
    value            double precision NOT NULL,
    censored         boolean          NOT NULL,
    excluded         boolean          NOT NULL,
    exclusion_reason text,
    source           text,
    removed          boolean          NOT NULL,
    version          integer          NOT NULL,
    seq              bigint           NOT NULL,
    changed_by       text             NOT NULL,
    changed_at       timestamptz      NOT NULL,
    PRIMARY KEY (study_id, session_id, unit_id, measure_id)
);
CREATE INDEX measurement_since ON measurement (study_id, seq);

-- what a refused change clashed with, for the client to name: kind, session, unit, measure, who changed it, when
-- (UTC), the value it has and whether it was removed, separated by tabs
CREATE FUNCTION vivarium_clash(p_kind text, p_session text, p_unit text, p_measure text, p_by text, p_at timestamptz,
        p_value double precision, p_removed boolean)
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT p_kind || E'\t' || coalesce(p_session, '') || E'\t' || coalesce(p_unit, '') || E'\t'
        || coalesce(p_measure, '') || E'\t' || coalesce(p_by, '') || E'\t'
        || coalesce(to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') || E'\t'
        || coalesce(p_value::text, '') || E'\t' || coalesce(p_removed::text, '')
$$;

-- the audit entry of a change, made by the server; the caller holds the study's row lock
CREATE FUNCTION vivarium_entry(p_study bigint, p_action text, p_reason text, p_acks text[], p_changes text)
RETURNS bigint LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    v_seq   bigint;
    v_prev  text;
    v_entry text;
    v_hash  text;
BEGIN
    IF p_changes IS NULL OR jsonb_typeof(p_changes::jsonb) <> 'array' THEN
        RAISE EXCEPTION 'the changes of an audit entry must be a JSON array' USING ERRCODE = '22023';
    END IF;
    SELECT last_seq + 1, last_hash INTO v_seq, v_prev FROM study WHERE id = p_study;
    v_entry := '{"seq":' || v_seq
        || ',"time":' || to_json(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
        || ',"user":' || to_json(session_user::text)::text
        || ',"authenticated":true,"action":' || to_json(coalesce(p_action, 'Edit'))::text
        || ',"reason":' || coalesce(to_json(p_reason)::text, 'null')
        || CASE WHEN coalesce(cardinality(p_acks), 0) = 0 THEN ''
                ELSE ',"acknowledges":[' || (SELECT string_agg(to_json(a)::text, ',' ORDER BY n)
                                               FROM unnest(p_acks) WITH ORDINALITY AS u (a, n)) || ']' END
        || ',"changes":' || p_changes || '}';
    v_hash := encode(sha256(decode(v_prev, 'hex') || convert_to(v_entry, 'UTF8')), 'hex');
    INSERT INTO audit_entry (study_id, seq, hash, entry, recorded_by, recorded_at)
        VALUES (p_study, v_seq, v_hash, v_entry, session_user, now());
    UPDATE study SET last_seq = v_seq, last_hash = v_hash WHERE id = p_study;
    PERFORM pg_notify('vivarium', p_study || ' ' || v_seq);
    RETURN v_seq;
END $$;

-- one change of a lab study, in the caller's transaction: values (p_rows: session_id, unit_id, measure_id, base = the
-- version the client changed, value, censored, excluded, exclusion_reason, source, removed) and, from scientists
-- and PIs, a new design (the study file and the ids of its animals and cages, changed from design p_design_seq);
-- returns the number of its audit entry
CREATE FUNCTION vivarium_commit(p_study bigint, p_rows jsonb, p_design bytea, p_units text[], p_design_seq bigint,
        p_action text, p_reason text, p_acks text[], p_changes text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    s        study%ROWTYPE;
    v_seq    bigint;
    v_clash  record;
BEGIN
    IF NOT (pg_has_role(session_user, 'technician', 'MEMBER') OR pg_has_role(session_user, 'scientist', 'MEMBER')
            OR pg_has_role(session_user, 'pi', 'MEMBER')) THEN
        RAISE EXCEPTION '% may not change lab studies (technicians, scientists and PIs do)', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_design IS NOT NULL AND NOT (pg_has_role(session_user, 'scientist', 'MEMBER')
            OR pg_has_role(session_user, 'pi', 'MEMBER')) THEN
        RAISE EXCEPTION '% may not change the design of a lab study (scientists and PIs do; technicians record doses, weights and values)', session_user
            USING ERRCODE = '42501', HINT = 'design';
    END IF;
    SELECT * INTO s FROM study WHERE id = p_study FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lab study with id %', p_study USING ERRCODE = 'VV404';
    END IF;
    IF p_design IS NOT NULL THEN
        IF s.design_seq > p_design_seq THEN
            RAISE EXCEPTION 'the design was changed meanwhile' USING ERRCODE = 'VV409',
                DETAIL = vivarium_clash('design', '', '', '', s.design_by, s.design_at, NULL, NULL);
        END IF;
        UPDATE study_file SET content = p_design, sha256 = encode(sha256(p_design), 'hex') WHERE study_id = p_study;
        DELETE FROM study_unit WHERE study_id = p_study;
        INSERT INTO study_unit (study_id, unit_id) SELECT p_study, u FROM unnest(p_units) AS u;
    END IF;
    SELECT i.session_id, i.unit_id, i.measure_id, m.changed_by, m.changed_at, m.value, m.removed INTO v_clash
      FROM jsonb_to_recordset(coalesce(p_rows, '[]'::jsonb)) AS i (session_id text, unit_id text,
               measure_id text, base integer, value double precision, censored boolean, excluded boolean,
               exclusion_reason text, source text, removed boolean)
           LEFT JOIN measurement m ON m.study_id = p_study AND m.session_id = i.session_id
           AND m.unit_id = i.unit_id AND m.measure_id = i.measure_id
     WHERE coalesce(m.version, 0) <> i.base LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'a value was changed meanwhile' USING ERRCODE = 'VV409',
            DETAIL = vivarium_clash('value', v_clash.session_id, v_clash.unit_id, v_clash.measure_id,
                v_clash.changed_by, v_clash.changed_at, v_clash.value, v_clash.removed);
    END IF;
    IF s.units_known OR p_design IS NOT NULL THEN
        SELECT i.unit_id INTO v_clash FROM jsonb_to_recordset(coalesce(p_rows, '[]'::jsonb)) AS i (session_id text, unit_id text,
               measure_id text, base integer, value double precision, censored boolean, excluded boolean,
               exclusion_reason text, source text, removed boolean)
         WHERE NOT coalesce(i.removed, false) AND NOT EXISTS (SELECT 1 FROM study_unit u WHERE u.study_id = p_study
                                                 AND u.unit_id = i.unit_id) LIMIT 1;
        IF FOUND THEN
            SELECT * INTO s FROM study WHERE id = p_study;
            RAISE EXCEPTION 'an animal or cage was removed meanwhile' USING ERRCODE = 'VV409',
                DETAIL = vivarium_clash('unit', '', v_clash.unit_id, '', s.design_by, s.design_at, NULL, NULL);
        END IF;
    END IF;
    v_seq := vivarium_entry(p_study, p_action, p_reason, p_acks, p_changes);
    INSERT INTO measurement AS m (study_id, session_id, unit_id, measure_id, value, censored, excluded,
            exclusion_reason, source, removed, version, seq, changed_by, changed_at)
        SELECT p_study, i.session_id, i.unit_id, i.measure_id, coalesce(i.value, 0), coalesce(i.censored, false),
               coalesce(i.excluded, false), i.exclusion_reason, i.source, coalesce(i.removed, false), 1, v_seq,
               session_user, now()
          FROM jsonb_to_recordset(coalesce(p_rows, '[]'::jsonb)) AS i (session_id text, unit_id text,
               measure_id text, base integer, value double precision, censored boolean, excluded boolean,
               exclusion_reason text, source text, removed boolean)
    ON CONFLICT (study_id, session_id, unit_id, measure_id) DO UPDATE SET value = EXCLUDED.value,
        censored = EXCLUDED.censored, excluded = EXCLUDED.excluded, exclusion_reason = EXCLUDED.exclusion_reason,
        source = EXCLUDED.source, removed = EXCLUDED.removed, version = m.version + 1, seq = EXCLUDED.seq,
        changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at;
    IF p_design IS NOT NULL THEN
        UPDATE study SET design_seq = v_seq, design_by = session_user, design_at = now(), units_known = true
         WHERE id = p_study;
    END IF;
    RETURN v_seq;
END $$;

-- a study file pushed to the server: the file (the design and the values it holds), the ids of its animals and
-- cages, and its audit trail, a row per entry as the file holds it; returns the new lab study's id
CREATE FUNCTION vivarium_push(p_title text, p_model_version text, p_file_name text, p_content bytea, p_units text[],
        p_seqs bigint[], p_hashes text[], p_entries text[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    v_id   bigint;
    v_last bigint := coalesce(cardinality(p_seqs), 0);
BEGIN
    IF NOT (pg_has_role(session_user, 'scientist', 'MEMBER') OR pg_has_role(session_user, 'pi', 'MEMBER')) THEN
        RAISE EXCEPTION '% may not push studies (scientists and PIs do)', session_user USING ERRCODE = '42501';
    END IF;
    INSERT INTO study (title, model_version, file_name, pushed_by, pushed_at, design_by, design_at, units_known)
        VALUES (p_title, p_model_version, p_file_name, session_user, now(), session_user, now(), true)
        RETURNING id INTO v_id;
    INSERT INTO study_file (study_id, content, sha256) VALUES (v_id, p_content, encode(sha256(p_content), 'hex'));
    INSERT INTO study_unit (study_id, unit_id) SELECT DISTINCT v_id, u FROM unnest(p_units) AS u;
    INSERT INTO audit_entry (study_id, seq, hash, entry, recorded_by, recorded_at)
        SELECT v_id, q, h, e, session_user, now() FROM unnest(p_seqs, p_hashes, p_entries) AS t (q, h, e);
    IF v_last > 0 THEN
        UPDATE study SET last_seq = p_seqs[v_last], last_hash = p_hashes[v_last], design_seq = p_seqs[v_last]
         WHERE id = v_id;
    END IF;
    RETURN v_id;
END $$;

-- nobody writes the tables directly any more; the functions do, as their owner
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON study, study_file, audit_entry FROM technician, scientist, pi, viewer, admin;
REVOKE ALL ON study_unit, measurement FROM PUBLIC;
GRANT SELECT ON study_unit, measurement TO viewer, technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_entry(bigint, text, text, text[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_push(text, text, text, bytea, text[], bigint[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text)
    TO technician, scientist, pi;
GRANT EXECUTE ON FUNCTION vivarium_push(text, text, text, bytea, text[], bigint[], text[], text[]) TO scientist, pi;
