-- Vivarium lab schema, version 3: what technicians record about animals is stored as rows too, like values.
--
-- * animal_record: one row per record of the study file, by its xmi:id, laid over the design as values are:
--   - kind 'dose': a DosingEvent given - when (actual_time), the body weight and volume used, who (operator), a note.
--     Its regimen and scheduled time are the plan (the design): they are stored with a dose recorded as new (one the
--     design does not have yet), and clients use them only to create it; changing them is a change of the design;
--   - kind 'weight': a BodyWeight of the animal - when it was measured, grams, who; added, changed or removed;
--   - kind 'status': the animal itself (object_id = animal_id): status (EXCLUDED, FOUND_DEAD...), its date and reason.
--   Each row names its animal and has a version, the audit entry that last changed it (seq), who changed it and when,
--   set by the server. A removed row (a body weight or a dose taken off, e.g. an undone dose) keeps its id.
-- * vivarium_commit takes these records too (p_records, the last argument, so that calls of version 2 still work):
--   a record changed meanwhile by someone else is refused like a value (VV409, DETAIL kind 'record': the record's
--   kind, animal and id in the session, unit and measure places), one for an animal removed from the design meanwhile
--   too (kind 'unit'). Technicians, scientists and PIs record; only scientists and PIs change the design.
-- * As in version 2 the roles only SELECT the new table: every write goes through vivarium_commit.

CREATE TABLE animal_record (
    study_id          bigint           NOT NULL REFERENCES study (id),
    object_id         text             NOT NULL,
    kind              text             NOT NULL CHECK (kind IN ('dose', 'weight', 'status')),
    animal_id         text             NOT NULL,
    regimen_id        text,             -- dose: its regimen (the plan; used when the dose is created)
    scheduled_time    timestamp,        -- dose: when it was due (the plan; used when the dose is created)
    actual_time       timestamp,        -- dose: when it was given
    body_weight_grams double precision, -- dose: the body weight used for the volume
    volume_ml         double precision, -- dose: the volume given
    note              text,             -- dose
    measured_at       timestamp,        -- weight: when the animal was weighed
    weight_grams      double precision, -- weight
    operator          text,             -- dose, weight: who gave or weighed
    status            text,             -- status: the AnimalStatus literal (ACTIVE, EXCLUDED, FOUND_DEAD...)
    status_date       date,             -- status
    status_reason     text,             -- status: why (ARRIVE item 3)
    removed           boolean          NOT NULL,
    version           integer          NOT NULL,
    seq               bigint           NOT NULL,
    changed_by        text             NOT NULL,
    changed_at        timestamptz      NOT NULL,
    PRIMARY KEY (study_id, object_id),
    CHECK (kind <> 'status' OR (object_id = animal_id AND NOT removed))
);
CREATE INDEX animal_record_since ON animal_record (study_id, seq);

-- the records of a change as sent by the client (p_records of vivarium_commit): one per record, base = the version the
-- client changed (0: none stored yet)
CREATE FUNCTION vivarium_records(p_records jsonb)
RETURNS TABLE (object_id text, kind text, animal_id text, base integer, regimen_id text, scheduled_time timestamp,
        actual_time timestamp, body_weight_grams double precision, volume_ml double precision, note text,
        measured_at timestamp, weight_grams double precision, operator text, status text, status_date date,
        status_reason text, removed boolean)
LANGUAGE sql STABLE AS $$
    SELECT * FROM jsonb_to_recordset(coalesce(p_records, '[]'::jsonb)) AS i (object_id text, kind text,
        animal_id text, base integer, regimen_id text, scheduled_time timestamp, actual_time timestamp,
        body_weight_grams double precision, volume_ml double precision, note text, measured_at timestamp,
        weight_grams double precision, operator text, status text, status_date date, status_reason text,
        removed boolean)
$$;

DROP FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text);

-- one change of a lab study, in the caller's transaction: values (p_rows: session_id, unit_id, measure_id, base = the
-- version the client changed, value, censored, excluded, exclusion_reason, source, removed), records about animals
-- (p_records: see vivarium_records and the table animal_record) and, from scientists and PIs, a new design (the study
-- file and the ids of its animals and cages, changed from design p_design_seq); returns the number of its audit entry
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
     WHERE i.object_id IS NULL OR i.animal_id IS NULL OR i.base IS NULL
        OR i.kind IS DISTINCT FROM 'dose' AND i.kind IS DISTINCT FROM 'weight' AND i.kind IS DISTINCT FROM 'status'
        OR i.kind = 'status' AND (i.object_id <> i.animal_id OR coalesce(i.removed, false))
        OR EXISTS (SELECT 1 FROM animal_record r WHERE r.study_id = p_study AND r.object_id = i.object_id
                   AND r.kind <> i.kind)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'not a record of an animal: % % (a dose, weight or status with its id, animal and base version)',
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
    SELECT i.kind, i.animal_id, i.object_id, r.changed_by, r.changed_at, r.removed INTO v_clash
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
                SELECT r.animal_id FROM vivarium_records(p_records) r WHERE NOT coalesce(r.removed, false)) u
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
            status_reason, removed, version, seq, changed_by, changed_at)
        SELECT p_study, i.object_id, i.kind, i.animal_id, i.regimen_id, i.scheduled_time, i.actual_time,
               i.body_weight_grams, i.volume_ml, i.note, i.measured_at, i.weight_grams, i.operator, i.status,
               i.status_date, i.status_reason, coalesce(i.removed, false), 1, v_seq, session_user, now()
          FROM vivarium_records(p_records) i
    ON CONFLICT (study_id, object_id) DO UPDATE SET animal_id = EXCLUDED.animal_id,
        regimen_id = coalesce(r.regimen_id, EXCLUDED.regimen_id),
        scheduled_time = coalesce(r.scheduled_time, EXCLUDED.scheduled_time), actual_time = EXCLUDED.actual_time,
        body_weight_grams = EXCLUDED.body_weight_grams, volume_ml = EXCLUDED.volume_ml, note = EXCLUDED.note,
        measured_at = EXCLUDED.measured_at, weight_grams = EXCLUDED.weight_grams, operator = EXCLUDED.operator,
        status = EXCLUDED.status, status_date = EXCLUDED.status_date, status_reason = EXCLUDED.status_reason,
        removed = EXCLUDED.removed, version = r.version + 1, seq = EXCLUDED.seq, changed_by = EXCLUDED.changed_by,
        changed_at = EXCLUDED.changed_at;
    IF p_design IS NOT NULL THEN
        UPDATE study SET design_seq = v_seq, design_by = session_user, design_at = now(), units_known = true
         WHERE id = p_study;
    END IF;
    RETURN v_seq;
END $$;

-- as in version 2: the roles read the tables, and write only through the functions, as their owner
REVOKE ALL ON animal_record FROM PUBLIC;
GRANT SELECT ON animal_record TO viewer, technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_records(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    TO technician, scientist, pi;
