-- Vivarium lab schema, version 7: a study's changes queue for one advisory lock instead of its row.
--
-- Every change of a study is made one at a time (its audit chain has one head). Until version 6 the functions took
-- that turn with SELECT ... FOR UPDATE on the study's row: with many clients changing one study at once the waiters
-- pile up on the row's tuple lock and its holder's transaction id, and every commit wakes them all to fight for it
-- again (bench lab: 20 clients, waits on Lock:tuple, Lock:transactionid and LWLock:LockManager). Now each of them
-- first takes the study's transaction-level advisory lock - one queue, one waiter woken per commit -, and the row lock
-- that follows is free. The functions keep their names, arguments and grants: each is a thin wrapper that takes the
-- lock and calls the function of version 6, renamed and no longer executable by the roles.

CREATE FUNCTION vivarium_study_lock(p_study bigint) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(1447645761, (p_study % 2147483647)::integer) -- 1447645761: 'VIVA'
$$;

ALTER FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    RENAME TO vivarium_commit_in_turn;
REVOKE ALL ON FUNCTION vivarium_commit_in_turn(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    FROM PUBLIC, technician, scientist, pi;
CREATE FUNCTION vivarium_commit(p_study bigint, p_rows jsonb, p_design bytea, p_units text[], p_design_seq bigint,
        p_action text, p_reason text, p_acks text[], p_changes text, p_records jsonb DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    PERFORM vivarium_study_lock(p_study);
    RETURN vivarium_commit_in_turn(p_study, p_rows, p_design, p_units, p_design_seq, p_action, p_reason, p_acks,
        p_changes, p_records);
END $$;

ALTER FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text)
    RENAME TO vivarium_sign_in_turn;
REVOKE ALL ON FUNCTION vivarium_sign_in_turn(bigint, text, text, text, timestamp, text, text, bigint, text)
    FROM PUBLIC, viewer, technician, scientist, pi;
CREATE FUNCTION vivarium_sign(p_study bigint, p_session text, p_subject_id text, p_subject text, p_completed_at timestamp,
        p_meaning text, p_printed_name text, p_read_seq bigint, p_digest text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    PERFORM vivarium_study_lock(p_study);
    RETURN vivarium_sign_in_turn(p_study, p_session, p_subject_id, p_subject, p_completed_at, p_meaning, p_printed_name,
        p_read_seq, p_digest);
END $$;

ALTER FUNCTION vivarium_conceal(bigint, boolean, bytea) RENAME TO vivarium_conceal_in_turn;
REVOKE ALL ON FUNCTION vivarium_conceal_in_turn(bigint, boolean, bytea) FROM PUBLIC, scientist, pi;
CREATE FUNCTION vivarium_conceal(p_study bigint, p_blinded boolean, p_content bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    PERFORM vivarium_study_lock(p_study);
    PERFORM vivarium_conceal_in_turn(p_study, p_blinded, p_content);
END $$;

REVOKE ALL ON FUNCTION vivarium_study_lock(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_commit(bigint, jsonb, bytea, text[], bigint, text, text, text[], text, jsonb)
    TO technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_sign(bigint, text, text, text, timestamp, text, text, bigint, text)
    TO viewer, technician, scientist, pi;
REVOKE ALL ON FUNCTION vivarium_conceal(bigint, boolean, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_conceal(bigint, boolean, bytea) TO scientist, pi;
