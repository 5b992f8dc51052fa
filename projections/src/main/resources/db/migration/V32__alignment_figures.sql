-- The alignment report's figures per year, basis (the year of the first submission, or of the approval) and
-- group (TOTAL, ALIGNED, MEASURE, PRIORITY, SDG), kept as the alignment read model writes its proposals: each
-- batch adds what its proposals count now and takes away what they counted before (ADR 0018). The read model is
-- rebuilt from the event store: its rows and its token go.
CREATE TABLE alignment_figure (
    year      INTEGER        NOT NULL,
    basis     VARCHAR(16)    NOT NULL,
    grouping  VARCHAR(16)    NOT NULL,
    group_key VARCHAR(64)    NOT NULL,
    n         BIGINT         NOT NULL,
    requested NUMERIC(19, 2) NOT NULL,
    approved  NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (year, basis, grouping, group_key)
);
DELETE FROM alignment_proposal;
DELETE FROM alignment_account_priority;
DELETE FROM tokenentry WHERE processorName = 'alignment';
