-- Vivarium lab schema, version 6: technicians mark the sessions they scored done (and open them again).
--
-- * animal_record takes a fourth kind of record, 'session': that an assay session is done - when (completed_at) and
--   by whom (completed_by, the operator as typed) - with object_id = the session's xmi:id and no animal (animal_id
--   NULL: the check that the animal is still in the design does not apply; the server does not know the design's
--   sessions, as for values). Opened again, both are NULL; the row is never removed. The session's name, date,
--   animals and everything else about it stay the design. (The table keeps its name: one table for every record
--   keeps one version check, one order of changes and one read of what changed since.)
-- * vivarium_commit takes it like the other records (same signature as in version 3): a session marked done or
--   opened again meanwhile by someone else is refused (VV409, DETAIL kind 'record': 'session', no animal, the
--   session's id; in the place of "removed": whether it is open now). Technicians, scientists and PIs mark sessions.
-- * Signatures (version 4): vivarium_sign takes the session's row when there is one - open there is not completed
--   (VV422, naming who opened it and when), marked done or opened after the signer read the study is a change since
--   (VV409), and the completion time the client read must be the row's. A later change of the row (opened again,
--   marked done anew) invalidates the session's signatures like a change of one of its values (session_change), so
--   the signature list shows it INVALIDATED by that entry.
-- * As before the roles only SELECT the table: every write goes through vivarium_commit.

ALTER TABLE animal_record
    DROP CONSTRAINT animal_record_kind_check,
    ALTER COLUMN animal_id DROP NOT NULL,
    ADD COLUMN completed_at timestamp, -- session: when it was marked done (NULL: open)
    ADD COLUMN completed_by text,      -- session: who marked it done
    ADD CONSTRAINT animal_record_kind_check CHECK (kind IN ('dose', 'weight', 'status', 'session')),
    ADD CONSTRAINT animal_record_session_check CHECK ((kind = 'session') = (animal_id IS NULL)
        AND (kind <> 'session' OR NOT removed)
        AND (kind = 'session' OR completed_at IS NULL AND completed_by IS NULL));

DROP FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb);
DROP FUNCTION vivarium_records(jsonb);

-- the records of a change as sent by the client (p_records of vivarium_commit): one per record, base = the version the
-- client changed (0: none stored yet); a session's has no animal_id
CREATE FUNCTION vivarium_records(p_records jsonb)
RETURNS TABLE (object_id text, kind text, animal_id text, base integer, regimen_id text, scheduled_time timestamp,
        actual_time timestamp, body_weight_grams double precision, volume_ml double precision, note text,
        measured_at timestamp, weight_grams double precision, operator text, status text, status_date date,
        status_reason text, completed_at timestamp, completed_by text, removed boolean)
LANGUAGE sql STABLE AS $$
    SELECT * FROM jsonb_to_recordset(coalesce(p_records, '[]'::jsonb)) AS i (object_id text, kind text,
        animal_id text, base integer, regimen_id text, scheduled_time timestamp, actual_time timestamp,
        body_weight_grams double precision, volume_ml double precision, note text, measured_at timestamp,
        weight_grams double precision, operator text, status text, status_date date, status_reason text,
        completed_at timestamp, completed_by text, removed boolean)
$$;

-- one change of a lab study, in the caller's transaction: values (p_rows: session_id, unit_id, measure_id, base = the
-- version the client changed, value, censored, excluded, exclusion_reason, source, removed), records about animals
-- and sessions marked done or open again (p_records: see vivarium_records and the table animal_record) and, from
-- scientists and PIs, a new design (the study file and the ids of its animals and cages, changed from design
-- p_design_seq); returns the number of its audit entry
CREATE FUNCTION vivarium_commit(p_study bigint, p_rows jsonb, p_design bytea, p_units text[], p_design_seq bigint,
        p_action text, p_reason text, p_acks text[], p_changes text, p_records jsonb DEFAULT NULL)
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
    SELECT i.object_id, i.kind INTO v_clash FROM vivarium_records(p_records) i
     WHERE i.object_id IS NULL OR i.base IS NULL
        OR i.kind IS DISTINCT FROM 'dose' AND i.kind IS DISTINCT FROM 'weight' AND i.kind IS DISTINCT FROM 'status'
           AND i.kind IS DISTINCT FROM 'session'
        OR (i.kind = 'session') = (i.animal_id IS NOT NULL)
        OR i.kind = 'status' AND (i.object_id <> i.animal_id OR coalesce(i.removed, false))
        OR i.kind = 'session' AND coalesce(i.removed, false)
        OR EXISTS (SELECT 1 FROM animal_record r WHERE r.study_id = p_study AND r.object_id = i.object_id
                   AND r.kind <> i.kind)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION
            'not a record: % % (a dose, weight or status: id, animal, base version; a session: id, base version, no animal)',
            coalesce(v_clash.kind, '(no kind)'), coalesce(v_clash.object_id, '(no id)') USING ERRCODE = '22023';
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
    SELECT i.kind, i.animal_id, i.object_id, r.changed_by, r.changed_at,
           CASE WHEN r.kind = 'session' THEN r.completed_at IS NULL ELSE r.removed END AS removed INTO v_clash
      FROM vivarium_records(p_records) i
           LEFT JOIN animal_record r ON r.study_id = p_study AND r.object_id = i.object_id
     WHERE coalesce(r.version, 0) <> i.base LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'a record was changed meanwhile' USING ERRCODE = 'VV409',
            DETAIL = vivarium_clash('record', v_clash.kind, v_clash.animal_id, v_clash.object_id,
                v_clash.changed_by, v_clash.changed_at, NULL, v_clash.removed);
    END IF;
    IF s.units_known OR p_design IS NOT NULL THEN
        SELECT u.unit_id INTO v_clash
          FROM (SELECT i.unit_id FROM jsonb_to_recordset(coalesce(p_rows, '[]'::jsonb)) AS i (session_id text,
                       unit_id text, measure_id text, base integer, value double precision, censored boolean,
                       excluded boolean, exclusion_reason text, source text, removed boolean)
                 WHERE NOT coalesce(i.removed, false)
                UNION ALL
                SELECT r.animal_id FROM vivarium_records(p_records) r
                 WHERE NOT coalesce(r.removed, false) AND r.kind <> 'session') u
         WHERE NOT EXISTS (SELECT 1 FROM study_unit k WHERE k.study_id = p_study AND k.unit_id = u.unit_id) LIMIT 1;
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
    INSERT INTO animal_record AS r (study_id, object_id, kind, animal_id, regimen_id, scheduled_time, actual_time,
            body_weight_grams, volume_ml, note, measured_at, weight_grams, operator, status, status_date,
            status_reason, completed_at, completed_by, removed, version, seq, changed_by, changed_at)
        SELECT p_study, i.object_id, i.kind, i.animal_id, i.regimen_id, i.scheduled_time, i.actual_time,
               i.body_weight_grams, i.volume_ml, i.note, i.measured_at, i.weight_grams, i.operator, i.status,
               i.status_date, i.status_reason, i.completed_at, i.completed_by, coalesce(i.removed, false), 1, v_seq,
               session_user, now()
          FROM vivarium_records(p_records) i
    ON CONFLICT (study_id, object_id) DO UPDATE SET animal_id = EXCLUDED.animal_id,
        regimen_id = coalesce(r.regimen_id, EXCLUDED.regimen_id),
        scheduled_time = coalesce(r.scheduled_time, EXCLUDED.scheduled_time), actual_time = EXCLUDED.actual_time,
        body_weight_grams = EXCLUDED.body_weight_grams, volume_ml = EXCLUDED.volume_ml, note = EXCLUDED.note,
        measured_at = EXCLUDED.measured_at, weight_grams = EXCLUDED.weight_grams, operator = EXCLUDED.operator,
        status = EXCLUDED.status, status_date = EXCLUDED.status_date, status_reason = EXCLUDED.status_reason,
        completed_at = EXCLUDED.completed_at, completed_by = EXCLUDED.completed_by, removed = EXCLUDED.removed,
        version = r.version + 1, seq = EXCLUDED.seq, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at;
    IF p_design IS NOT NULL THEN
        UPDATE study SET design_seq = v_seq, design_by = session_user, design_at = now(), units_known = true
         WHERE id = p_study;
    END IF;
    RETURN v_seq;
END $$;

-- a session's row changed after the session was signed: kept with the changes of its values (version 4)
CREATE FUNCTION vivarium_session_record_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM signature g WHERE g.study_id = NEW.study_id AND g.session_id = NEW.object_id) THEN
        INSERT INTO session_change (study_id, session_id, seq) VALUES (NEW.study_id, NEW.object_id, NEW.seq)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER session_record_of_signed_session AFTER INSERT OR UPDATE ON animal_record
    FOR EACH ROW WHEN (NEW.kind = 'session') EXECUTE FUNCTION vivarium_session_record_changed();

-- signs a completed session (p_session, 'performed' or 'reviewed') or the study (p_session null, 'approved') as the
-- connected user. The design (the study file) is opaque to the server, so the client states what it read there at
-- entry p_read_seq - the session's completion time and the digest of its values - and the server refuses when the
-- design, the session's values or its completion (for an approval: anything) changed after p_read_seq. Version 6: a
-- session marked done or open again as a record (animal_record, kind 'session') is done as that row says - open
-- there is not completed, and the completion time read must be the row's. Returns the signature's id.
CREATE OR REPLACE FUNCTION vivarium_sign(p_study bigint, p_session text, p_subject_id text, p_subject text,
        p_completed_at timestamp, p_meaning text, p_printed_name text, p_read_seq bigint, p_digest text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    s      study%ROWTYPE;
    v_name text := btrim(coalesce(p_printed_name, ''));
    v_id   bigint;
    v_seq  bigint;
    v_by   record;
    v_done record;
BEGIN
    IF p_meaning IS NULL OR p_meaning NOT IN ('performed', 'reviewed', 'approved') THEN
        RAISE EXCEPTION 'the meaning of a signature is performed, reviewed or approved, not %',
            coalesce(p_meaning, 'nothing') USING ERRCODE = '22023';
    END IF;
    IF p_meaning = 'performed' AND NOT (pg_has_role(session_user, 'technician', 'MEMBER')
            OR pg_has_role(session_user, 'scientist', 'MEMBER') OR pg_has_role(session_user, 'pi', 'MEMBER'))
       OR p_meaning = 'reviewed' AND NOT (pg_has_role(session_user, 'scientist', 'MEMBER')
            OR pg_has_role(session_user, 'pi', 'MEMBER'))
       OR p_meaning = 'approved' AND NOT pg_has_role(session_user, 'pi', 'MEMBER') THEN
        RAISE EXCEPTION '% may not sign as %', session_user, CASE p_meaning
            WHEN 'performed' THEN '"performed by" (technicians, scientists and PIs do)'
            WHEN 'reviewed' THEN '"reviewed by" (scientists and PIs do)'
            ELSE '"approved by" (PIs do)' END USING ERRCODE = '42501';
    END IF;
    IF (p_meaning = 'approved') <> (p_session IS NULL) THEN
        RAISE EXCEPTION '%', CASE WHEN p_meaning = 'approved' THEN 'approval signs the whole study, not a session'
            ELSE 'a "' || p_meaning || ' by" signature signs a session: name it' END USING ERRCODE = '22023';
    END IF;
    IF v_name = '' OR length(v_name) > 200 OR v_name ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'a signature needs the signer''s printed name (one line, at most 200 characters)'
            USING ERRCODE = '22023';
    END IF;
    IF p_subject IS NULL OR p_subject_id IS NULL OR p_read_seq IS NULL THEN
        RAISE EXCEPTION 'a signature names what it signs and the entry it was read at' USING ERRCODE = '22023';
    END IF;
    IF p_session IS NOT NULL AND (p_digest IS NULL OR p_digest !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'a session signature needs the SHA-256 digest of the session''s values' USING ERRCODE = '22023';
    END IF;
    IF p_session IS NOT NULL AND p_completed_at IS NULL THEN
        RAISE EXCEPTION '% is not completed: mark it done before signing it', p_subject USING ERRCODE = 'VV422';
    END IF;
    SELECT * INTO s FROM study WHERE id = p_study FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lab study with id %', p_study USING ERRCODE = 'VV404';
    END IF;
    IF p_session IS NULL THEN
        SELECT a.seq, a.recorded_by AS changed_by, a.recorded_at AS changed_at INTO v_by FROM audit_entry a
         WHERE a.study_id = p_study AND a.seq > p_read_seq ORDER BY a.seq LIMIT 1;
    ELSE
        SELECT q.seq, q.changed_by, q.changed_at INTO v_by FROM (
            SELECT s.design_seq AS seq, s.design_by AS changed_by, s.design_at AS changed_at
             WHERE s.design_seq > p_read_seq
            UNION ALL
            SELECT m.seq, m.changed_by, m.changed_at FROM measurement m
             WHERE m.study_id = p_study AND m.session_id = p_session AND m.seq > p_read_seq
            UNION ALL
            SELECT r.seq, r.changed_by, r.changed_at FROM animal_record r
             WHERE r.study_id = p_study AND r.object_id = p_session AND r.kind = 'session' AND r.seq > p_read_seq) q
         ORDER BY q.seq LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION '% changed since it was read for signing', p_subject USING ERRCODE = 'VV409',
            DETAIL = vivarium_clash('signed', p_session, '', '', v_by.changed_by, v_by.changed_at, NULL, NULL);
    END IF;
    SELECT r.completed_at, r.changed_by, r.changed_at INTO v_done FROM animal_record r
     WHERE r.study_id = p_study AND r.object_id = p_session AND r.kind = 'session';
    IF FOUND AND v_done.completed_at IS NULL THEN
        RAISE EXCEPTION '% was opened again by % at %: mark it done before signing it', p_subject, v_done.changed_by,
            to_char(v_done.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"') USING ERRCODE = 'VV422';
    END IF;
    IF FOUND AND v_done.completed_at IS DISTINCT FROM p_completed_at THEN
        RAISE EXCEPTION '% was marked done at %, not at %: read it again and sign', p_subject,
            to_char(v_done.completed_at, 'YYYY-MM-DD HH24:MI'), to_char(p_completed_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO signature (study_id, session_id, subject, meaning, printed_name, signed_by, signed_at, signed_seq,
            signed_hash, entry_seq, values_digest, completed_at)
        VALUES (p_study, p_session, p_subject, p_meaning, v_name, session_user, now(), s.last_seq, s.last_hash,
            s.last_seq + 1, CASE WHEN p_session IS NULL THEN NULL ELSE p_digest END, p_completed_at)
        RETURNING id INTO v_id;
    v_seq := vivarium_entry(p_study, 'Sign ' || p_subject || ': ' || p_meaning || ' by ' || v_name, NULL, NULL,
        '[{"op":"set","id":' || to_json(p_subject_id)::text || ',"type":'
        || CASE WHEN p_session IS NULL THEN '"Study"' ELSE '"AssaySession"' END || ',"label":'
        || to_json(p_subject)::text || ',"feature":"signature","old":null,"new":'
        || to_json(p_meaning || ' by ' || v_name || ' (' || session_user || ')')::text || ',"within":[]}]');
    IF v_seq <> s.last_seq + 1 THEN
        RAISE EXCEPTION 'the signature''s audit entry is % where % was expected', v_seq, s.last_seq + 1;
    END IF;
    RETURN v_id;
END $$;

-- as in version 3 and 4: the roles read the tables, and write only through the functions, as their owner
REVOKE ALL ON FUNCTION vivarium_records(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    TO technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text)
    TO viewer, technician, scientist, pi;
