-- Read model "alignment": what the annual alignment report needs of each proposal, and the
-- priorities of each thematic account.
CREATE TABLE alignment_proposal (
    proposal_id        VARCHAR(64)    PRIMARY KEY,
    priority           VARCHAR(64),
    account_id         VARCHAR(64),
    requested_amount   NUMERIC(19, 2),
    requested_currency CHAR(3),
    submitted_at       TIMESTAMPTZ,
    approved_at        TIMESTAMPTZ,
    approved_usd       NUMERIC(19, 2)
);
CREATE INDEX alignment_proposal_submitted ON alignment_proposal (submitted_at);
CREATE INDEX alignment_proposal_approved ON alignment_proposal (approved_at);

CREATE TABLE alignment_proposal_measure (
    proposal_id VARCHAR(64) NOT NULL REFERENCES alignment_proposal (proposal_id) ON DELETE CASCADE,
    measure     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (proposal_id, measure)
);

CREATE TABLE alignment_proposal_sdg (
    proposal_id VARCHAR(64) NOT NULL REFERENCES alignment_proposal (proposal_id) ON DELETE CASCADE,
    sdg         SMALLINT    NOT NULL,
    PRIMARY KEY (proposal_id, sdg)
);

CREATE TABLE alignment_account_priority (
    account_id VARCHAR(64) NOT NULL,
    priority   VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, priority)
);
