-- Vivarium lab schema, version 4: electronic signatures (21 CFR 11.50, 11.70, 11.200).
--
-- * A signature is a row of the append-only table `signature`: a completed session signed as "performed" or
--   "reviewed", or the study signed as "approved"; the printed name the signer typed, the meaning, who signed (the
--   login, set by the server) and when (the server's clock), linked to the exact record: the trail's last entry and
--   hash at signing, and for a session a digest of its values at signing.
-- * vivarium_sign writes the row and the signing audit entry in one transaction, under the study's row lock; the
--   client opens a fresh connection with the password typed for the signature, so the login is the re-authentication.
-- * A session signature is invalidated by a later change of a value of that session (session_change keeps, for each
--   signed session, the entries that changed its values); a study approval by any later change.
-- * After an approval the study is locked: every later audit entry that is not a signature's is refused, which
--   refuses the change it belongs to (the entry is written in the same transaction as the change).

CREATE TABLE signature (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    study_id      bigint      NOT NULL REFERENCES study (id),
    session_id    text,
    subject       text        NOT NULL,
    meaning       text        NOT NULL CHECK (meaning IN ('performed', 'reviewed', 'approved')),
    printed_name  text        NOT NULL CHECK (length(btrim(printed_name)) > 0),
    signed_by     text        NOT NULL DEFAULT session_user,
    signed_at     timestamptz NOT NULL DEFAULT now(),
    signed_seq    bigint      NOT NULL,
    signed_hash   text        NOT NULL,
    entry_seq     bigint      NOT NULL,
    values_digest text,
    completed_at  timestamp,
    CHECK ((meaning = 'approved') = (session_id IS NULL)),
    CHECK (session_id IS NULL OR (values_digest IS NOT NULL AND completed_at IS NOT NULL)),
    UNIQUE (study_id, entry_seq)
);
CREATE INDEX signature_session ON signature (study_id, session_id);

-- the entries that changed values of a signed session (kept only for sessions that have a signature)
CREATE TABLE session_change (
    study_id   bigint NOT NULL REFERENCES study (id),
    session_id text   NOT NULL,
    seq        bigint NOT NULL,
    PRIMARY KEY (study_id, session_id, seq)
);

CREATE FUNCTION vivarium_session_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM signature g WHERE g.study_id = NEW.study_id AND g.session_id = NEW.session_id) THEN
        INSERT INTO session_change (study_id, session_id, seq) VALUES (NEW.study_id, NEW.session_id, NEW.seq)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER measurement_of_signed_session AFTER INSERT OR UPDATE ON measurement
    FOR EACH ROW EXECUTE FUNCTION vivarium_session_changed();

-- signatures are never changed or removed, not even by the schema's owner through SQL
CREATE FUNCTION vivarium_signature_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'signatures are never changed or deleted' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER signature_append_only BEFORE UPDATE OR DELETE ON signature
    FOR EACH ROW EXECUTE FUNCTION vivarium_signature_kept();
CREATE TRIGGER signature_not_truncated BEFORE TRUNCATE ON signature
    FOR EACH STATEMENT EXECUTE FUNCTION vivarium_signature_kept();

-- an approved study is locked: only the audit entries of signatures may follow its approval
CREATE FUNCTION vivarium_locked() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    a signature%ROWTYPE;
BEGIN
    SELECT * INTO a FROM signature g WHERE g.study_id = NEW.study_id AND g.meaning = 'approved'
                                       AND g.entry_seq < NEW.seq ORDER BY g.entry_seq LIMIT 1;
    IF FOUND AND NOT EXISTS (SELECT 1 FROM signature g WHERE g.study_id = NEW.study_id AND g.entry_seq = NEW.seq) THEN
        RAISE EXCEPTION 'the study was approved by % (%) at % and is locked: no further changes are accepted',
            a.printed_name, a.signed_by, to_char(a.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"')
            USING ERRCODE = 'VV423';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_of_locked_study BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION vivarium_locked();

-- signs a completed session (p_session, 'performed' or 'reviewed') or the study (p_session null, 'approved') as the
-- connected user. The design (the study file) is opaque to the server, so the client states what it read there at
-- entry p_read_seq - the session's completion time and the digest of its values - and the server refuses when the
-- design or the session's values (for an approval: anything) changed after p_read_seq. Returns the signature's id.
CREATE FUNCTION vivarium_sign(p_study bigint, p_session text, p_subject_id text, p_subject text,
        p_completed_at timestamp, p_meaning text, p_printed_name text, p_read_seq bigint, p_digest text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    s      study%ROWTYPE;
    v_name text := btrim(coalesce(p_printed_name, ''));
    v_id   bigint;
    v_seq  bigint;
    v_by   record;
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
             WHERE m.study_id = p_study AND m.session_id = p_session AND m.seq > p_read_seq) q
         ORDER BY q.seq LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION '% changed since it was read for signing', p_subject USING ERRCODE = 'VV409',
            DETAIL = vivarium_clash('signed', p_session, '', '', v_by.changed_by, v_by.changed_at, NULL, NULL);
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

REVOKE ALL ON signature, session_change FROM PUBLIC;
GRANT SELECT ON signature, session_change TO viewer, technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text) FROM PUBLIC;
-- viewers too, so that they hear why they may not sign (the function checks the role first)
GRANT EXECUTE ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text)
    TO viewer, technician, scientist, pi;
