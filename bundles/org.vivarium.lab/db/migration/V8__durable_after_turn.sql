-- Vivarium lab schema, version 8: a change's turn no longer includes waiting for the disk.
--
-- The changes of one study are made one at a time (the audit chain has one head), and until version 7 each turn lasted
-- until its commit had been written to disk (a WAL flush, about a millisecond here): the next change could not begin
-- before. Now vivarium_commit commits without waiting for the flush (synchronous_commit off for its transaction only),
-- which ends the turn as soon as the commit is in the server's log, and the client then asks vivarium_kept: a
-- transaction of its own that writes one row and commits as the server is configured (synchronous), so it returns
-- only once the log - with the change before it - is on disk. Those flushes no longer queue one behind the other: the
-- server writes the commits of many clients with one flush. A client tells the person "stored" only after
-- vivarium_kept; if the server stops in between, the change is gone from the log and vivarium_kept (asked again after
-- reconnecting) says so. The change, its rows and its audit entry stay one transaction: all kept or none.

CREATE TABLE connection_flush (
    slot       integer PRIMARY KEY,
    flushed_at timestamptz NOT NULL
);
REVOKE ALL ON connection_flush FROM PUBLIC;

CREATE OR REPLACE FUNCTION vivarium_commit(p_study bigint, p_rows jsonb, p_design bytea, p_units text[],
        p_design_seq bigint, p_action text, p_reason text, p_acks text[], p_changes text, p_records jsonb DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    -- this transaction only (is_local): the caller makes it durable with vivarium_kept
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM vivarium_study_lock(p_study);
    RETURN vivarium_commit_in_turn(p_study, p_rows, p_design, p_units, p_design_seq, p_action, p_reason, p_acks,
        p_changes, p_records);
END $$;

-- after vivarium_commit returned entry p_seq of study p_study: returns once everything committed before is on disk
-- (this transaction writes a row, so its commit flushes the log up to itself), and whether that entry is there, made
-- by the connected user - false when the server restarted before it was written to disk
CREATE FUNCTION vivarium_kept(p_study bigint, p_seq bigint)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    INSERT INTO connection_flush AS f (slot, flushed_at) VALUES (pg_backend_pid() % 4096, clock_timestamp())
        ON CONFLICT (slot) DO UPDATE SET flushed_at = EXCLUDED.flushed_at;
    RETURN EXISTS (SELECT 1 FROM audit_entry e WHERE e.study_id = p_study AND e.seq = p_seq
                                                 AND e.recorded_by = session_user);
END $$;
REVOKE ALL ON FUNCTION vivarium_kept(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vivarium_kept(bigint, bigint) TO technician, scientist, pi;
