-- One lock per case (aggregate id) for the length of a transaction (ADR 0009). It waits at most wait_ms for
-- another transaction holding it; then the statement fails with lock_not_available (55P03). The transaction's
-- own lock_timeout is restored afterwards, so no other statement inherits the short wait.
CREATE FUNCTION cooperaflow_lock_case(case_id TEXT, wait_ms BIGINT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT := current_setting('lock_timeout');
BEGIN
    PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
    PERFORM pg_advisory_xact_lock(hashtextextended('case:' || case_id, 0));
    PERFORM set_config('lock_timeout', previous, true);
END;
$$;
