-- Read model "proposals": one row per proposal and its stage history. Rebuilt by replaying
-- the processing group "proposals" from the event store.

CREATE TABLE proposal_list (
    proposal_id       VARCHAR(64)   PRIMARY KEY,
    title             VARCHAR(500)  NOT NULL,
    proposer_state    CHAR(2)       NOT NULL,
    stage             VARCHAR(32)   NOT NULL,
    stage_since       TIMESTAMPTZ   NOT NULL,
    modality          VARCHAR(32),
    priority          VARCHAR(64),
    account_id        VARCHAR(64),
    requested_amount  NUMERIC(19, 2),
    requested_currency CHAR(3),
    drafted_at        TIMESTAMPTZ   NOT NULL,
    submitted_at      TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ   NOT NULL,
    last_sequence     BIGINT        NOT NULL
);
CREATE INDEX proposal_list_stage ON proposal_list (stage);
CREATE INDEX proposal_list_state ON proposal_list (proposer_state);
CREATE INDEX proposal_list_account ON proposal_list (account_id);

CREATE TABLE proposal_stage_history (
    proposal_id  VARCHAR(64)  NOT NULL REFERENCES proposal_list (proposal_id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    stage        VARCHAR(32)  NOT NULL,
    entered_at   TIMESTAMPTZ  NOT NULL,
    left_at      TIMESTAMPTZ,
    PRIMARY KEY (proposal_id, seq)
);
CREATE INDEX proposal_stage_history_stage ON proposal_stage_history (stage, left_at);
