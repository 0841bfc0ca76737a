-- Vivarium lab schema, version 5: allocation concealment held by the server.
--
-- While a study's treatments are coded and not unblinded (study.blinded), a technician never receives the code key:
-- * the study file they read is a copy without it (study_blinded_file: arms and compounds by their codes only, no
--   doses in mg/kg, no allocation records, no coding seed - made by Vivarium's BlindedCopy when a scientist or PI
--   stores the design, in the same transaction); technicians cannot read study_file at all;
-- * the text of the audit entries that could tell it - the pushed history and every change of the design - is
--   withheld from them (audit_entry_shown gives NULL); its hash stays, so the chain after it still checks.
-- Scientists, PIs and viewers read everything. What a technician can select with psql is exactly this.

ALTER TABLE study ADD COLUMN blinded boolean NOT NULL DEFAULT false;

CREATE TABLE study_blinded_file (
    study_id   bigint PRIMARY KEY REFERENCES study (id),
    content    bytea  NOT NULL,
    sha256     text   NOT NULL,
    design_seq bigint NOT NULL
);

-- studies stored before this version hold no key-free copy: technicians read the study as it is (not blinded)
INSERT INTO study_blinded_file (study_id, content, sha256, design_seq)
    SELECT f.study_id, f.content, f.sha256, s.design_seq FROM study_file f JOIN study s ON s.id = f.study_id;

-- the entries that changed the design (the push's last entry stands for the history pushed with it)
CREATE TABLE design_change (
    study_id bigint NOT NULL REFERENCES study (id),
    seq      bigint NOT NULL,
    PRIMARY KEY (study_id, seq)
);
INSERT INTO design_change (study_id, seq) SELECT id, design_seq FROM study WHERE design_seq > 0;

CREATE FUNCTION vivarium_design_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF NEW.design_seq > 0 AND NEW.design_seq IS DISTINCT FROM OLD.design_seq THEN
        INSERT INTO design_change (study_id, seq) VALUES (NEW.id, NEW.design_seq) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER design_changed AFTER UPDATE OF design_seq ON study
    FOR EACH ROW EXECUTE FUNCTION vivarium_design_changed();

-- a design stored without its copy for blinded users is refused when the transaction commits
CREATE FUNCTION vivarium_blinded_copy_current() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    v_design bigint;
BEGIN
    SELECT design_seq INTO v_design FROM study WHERE id = NEW.id;
    IF v_design > 0 AND NOT EXISTS (SELECT 1 FROM study_blinded_file b WHERE b.study_id = NEW.id
                                        AND b.design_seq = v_design) THEN
        RAISE EXCEPTION 'the design of lab study % was stored without its copy for blinded users', NEW.id
            USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER blinded_copy_current AFTER INSERT OR UPDATE OF design_seq ON study
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vivarium_blinded_copy_current();

-- stores the copy for blinded users of the design just stored (by vivarium_commit or vivarium_push in the same
-- transaction), and whether the study is blinded now
CREATE FUNCTION vivarium_conceal(p_study bigint, p_blinded boolean, p_content bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    v_design bigint;
BEGIN
    IF NOT (pg_has_role(session_user, 'scientist', 'MEMBER') OR pg_has_role(session_user, 'pi', 'MEMBER')) THEN
        RAISE EXCEPTION '% may not store the design of a lab study (scientists and PIs do)', session_user
            USING ERRCODE = '42501';
    END IF;
    SELECT design_seq INTO v_design FROM study WHERE id = p_study FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lab study with id %', p_study USING ERRCODE = 'VV404';
    END IF;
    INSERT INTO study_blinded_file (study_id, content, sha256, design_seq)
        VALUES (p_study, p_content, encode(sha256(p_content), 'hex'), v_design)
        ON CONFLICT (study_id) DO UPDATE SET content = EXCLUDED.content, sha256 = EXCLUDED.sha256,
            design_seq = EXCLUDED.design_seq;
    UPDATE study SET blinded = p_blinded WHERE id = p_study;
END $$;

-- whether the connected user is blinded: a technician who is not also a scientist or PI
CREATE FUNCTION vivarium_blinded_user() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, 'technician', 'MEMBER')
       AND NOT (pg_has_role(session_user, 'scientist', 'MEMBER') OR pg_has_role(session_user, 'pi', 'MEMBER'))
$$;

-- the audit rows as the connected user may read them (a view runs with its owner's rights)
CREATE VIEW audit_entry_shown AS
    SELECT a.study_id, a.seq, a.hash,
           CASE WHEN s.blinded AND vivarium_blinded_user()
                     AND (a.seq <= (SELECT min(d.seq) FROM design_change d WHERE d.study_id = a.study_id)
                          OR EXISTS (SELECT 1 FROM design_change d WHERE d.study_id = a.study_id AND d.seq = a.seq))
                THEN NULL ELSE a.entry END AS entry,
           a.recorded_by, a.recorded_at
      FROM audit_entry a JOIN study s ON s.id = a.study_id;

REVOKE ALL ON study_blinded_file, design_change, audit_entry_shown FROM PUBLIC;
REVOKE SELECT ON study_file, audit_entry FROM technician;
GRANT SELECT ON study_blinded_file, design_change, audit_entry_shown TO viewer, technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_conceal(bigint, boolean, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_conceal(bigint, boolean, bytea) TO scientist, pi;
