-- The read models are written a batch of events at a time (ADR 0017), and the stage dashboard's default view
-- reads what the stage projection maintains instead of scanning every stay (ADR 0018).

-- Written since the first proposal list, read by nothing: the stage dashboard keeps the stays (stage_stay).
DROP TABLE proposal_stage_history;

-- The stage projection skips an event delivered again, as the proposal list does: each case remembers the
-- sequence number of the last event it took. It also remembers the stages it has entered and the
-- (from, to) moves already counted, so that it counts each proposal once in `stage_figure`.
ALTER TABLE stage_case ADD COLUMN last_sequence BIGINT NOT NULL DEFAULT -1;
ALTER TABLE stage_case ADD COLUMN entered_stages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stage_case ADD COLUMN converted VARCHAR(512) NOT NULL DEFAULT '';

-- Each stay carries the change (one number per written batch) that began it and the last that changed it, so
-- that the dashboard reads only what changed since it last looked.
ALTER TABLE stage_stay ADD COLUMN opened_in BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stage_stay ADD COLUMN changed_in BIGINT NOT NULL DEFAULT 0;
CREATE INDEX stage_stay_changed ON stage_stay (changed_in);
CREATE SEQUENCE stage_change;

-- How many submitted proposals entered each stage (kind ENTERED, to_stage ''), and of those how many later
-- entered another (kind CONVERTED): counted as the stays are written.
CREATE TABLE stage_figure (
    kind       VARCHAR(16) NOT NULL,
    from_stage VARCHAR(32) NOT NULL,
    to_stage   VARCHAR(32) NOT NULL,
    n          BIGINT      NOT NULL,
    PRIMARY KEY (kind, from_stage, to_stage)
);

-- Counts the stage projection's resets, so that a node's copy of the stays knows when to read them afresh.
CREATE TABLE stage_generation (
    only_row   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    generation BIGINT  NOT NULL
);
INSERT INTO stage_generation (generation) VALUES (0);

-- The stage projection is rebuilt from the event store with the new columns: its rows go, and so does its
-- token, so that it starts again from the first event.
DELETE FROM stage_case;
DELETE FROM tokenentry WHERE processorName = 'stages';
