-- Vivarium lab schema, version 9: a dose given out of its dosing window says why, and names the stock it was drawn
-- from (study model 1.3).
--
-- * animal_record takes two more columns of a dose (kind 'dose'), recorded like its time, volume and note - set from
--   every row a client sends, so a correction replaces them:
--   - window_reason: why the dose was given outside its dosing window (DosingEvent.windowReason; NULL: on time);
--   - stock_id: the xmi:id of the Stock of the study - a bottle or a dilution of the design - the dose was drawn
--     from (DosingEvent.stock; NULL: none named), as regimen_id names the regimen.
--   Other kinds of records have neither (a CHECK says so).
-- * vivarium_records and vivarium_commit take them in p_records (same arguments as in version 6, so that the wrapper
--   of version 7 and 8, vivarium_commit, stays as it is): the function of the change's turn, vivarium_commit_in_turn,
--   is the one of version 6 writing the two columns too. A client of an older Vivarium is refused by its own schema
--   check (the schema is newer than it knows), so no client can send a dose without them.
-- * As before the roles only SELECT the table: every write goes through vivarium_commit.

ALTER TABLE animal_record
    ADD COLUMN window_reason text, -- dose: why it was given outside its dosing window (NULL: on time)
    ADD COLUMN stock_id text,      -- dose: the xmi:id of the Stock it was drawn from (NULL: none named)
    ADD CONSTRAINT animal_record_dose_check CHECK (kind = 'dose' OR window_reason IS NULL AND stock_id IS NULL);

DROP FUNCTION vivarium_records(jsonb);

-- the records of a change as sent by the client (p_records of vivarium_commit): one per record, base = the version the
-- client changed (0: none stored yet); a session's has no animal_id; a dose's window_reason and stock_id as above
CREATE FUNCTION vivarium_records(p_records jsonb)
RETURNS TABLE (object_id text, kind text, animal_id text, base integer, regimen_id text, scheduled_time timestamp,
        actual_time timestamp, body_weight_grams double precision, volume_ml double precision, note text,
        window_reason text, stock_id text, measured_at timestamp, weight_grams double precision, operator text,
        status text, status_date date, status_reason text, completed_at timestamp, completed_by text, removed boolean)
LANGUAGE sql STABLE AS $$
    SELECT * FROM jsonb_to_recordset(coalesce(p_records, '[]'::jsonb)) AS i (object_id text, kind text,
        animal_id text, base integer, regimen_id text, scheduled_time timestamp, actual_time timestamp,
        body_weight_grams double precision, volume_ml double precision, note text, window_reason text, stock_id text,
        measured_at timestamp, weight_grams double precision, operator text, status text, status_date date,
        status_reason text, completed_at timestamp, completed_by text, removed boolean)
$$;

-- one change of a lab study in its turn (called by vivarium_commit, which takes the turn): as in version 6, writing
-- a dose's window_reason and stock_id too
CREATE OR REPLACE FUNCTION vivarium_commit_in_turn(p_study bigint, p_rows jsonb, p_design bytea, p_units text[],
        p_design_seq bigint, p_action text, p_reason text, p_acks text[], p_changes text,
        p_records jsonb DEFAULT NULL)
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
            body_weight_grams, volume_ml, note, window_reason, stock_id, measured_at, weight_grams, operator, status,
            status_date, status_reason, completed_at, completed_by, removed, version, seq, changed_by, changed_at)
        SELECT p_study, i.object_id, i.kind, i.animal_id, i.regimen_id, i.scheduled_time, i.actual_time,
               i.body_weight_grams, i.volume_ml, i.note, i.window_reason, i.stock_id, i.measured_at, i.weight_grams,
               i.operator, i.status, i.status_date, i.status_reason, i.completed_at, i.completed_by,
               coalesce(i.removed, false), 1, v_seq, session_user, now()
          FROM vivarium_records(p_records) i
    ON CONFLICT (study_id, object_id) DO UPDATE SET animal_id = EXCLUDED.animal_id,
        regimen_id = coalesce(r.regimen_id, EXCLUDED.regimen_id),
        scheduled_time = coalesce(r.scheduled_time, EXCLUDED.scheduled_time), actual_time = EXCLUDED.actual_time,
        body_weight_grams = EXCLUDED.body_weight_grams, volume_ml = EXCLUDED.volume_ml, note = EXCLUDED.note,
        window_reason = EXCLUDED.window_reason, stock_id = EXCLUDED.stock_id,
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

-- as before: the roles read the tables, and write only through vivarium_commit (the function of the turn stays the
-- owner's, as in version 7)
REVOKE ALL ON FUNCTION vivarium_records(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_commit_in_turn(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    FROM PUBLIC, technician, scientist, pi;
