-- Read model "stages" (managers' stage dashboard): each proposal's current stage, the fields
-- the dashboard filters on, and every stay in a stage. Rebuilt by replaying the processing group.
CREATE TABLE stage_case (
    proposal_id    VARCHAR(64) PRIMARY KEY,
    proposer_state CHAR(2)     NOT NULL,
    priority       VARCHAR(64),
    account_id     VARCHAR(64),
    stage          VARCHAR(32) NOT NULL,
    stage_since    TIMESTAMPTZ NOT NULL
);
CREATE INDEX stage_case_stage ON stage_case (stage, stage_since);
CREATE INDEX stage_case_state ON stage_case (proposer_state);
CREATE INDEX stage_case_priority ON stage_case (priority);
CREATE INDEX stage_case_account ON stage_case (account_id);

CREATE TABLE stage_case_measure (
    proposal_id VARCHAR(64) NOT NULL REFERENCES stage_case (proposal_id) ON DELETE CASCADE,
    measure     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (proposal_id, measure)
);
CREATE INDEX stage_case_measure_measure ON stage_case_measure (measure, proposal_id);

CREATE TABLE stage_case_sdg (
    proposal_id VARCHAR(64) NOT NULL REFERENCES stage_case (proposal_id) ON DELETE CASCADE,
    sdg         SMALLINT    NOT NULL,
    PRIMARY KEY (proposal_id, sdg)
);
CREATE INDEX stage_case_sdg_sdg ON stage_case_sdg (sdg, proposal_id);

CREATE TABLE stage_stay (
    proposal_id VARCHAR(64) NOT NULL REFERENCES stage_case (proposal_id) ON DELETE CASCADE,
    seq         INTEGER     NOT NULL,
    stage       VARCHAR(32) NOT NULL,
    entered_at  TIMESTAMPTZ NOT NULL,
    left_at     TIMESTAMPTZ,
    PRIMARY KEY (proposal_id, seq)
);
CREATE INDEX stage_stay_stage ON stage_stay (stage, proposal_id);
