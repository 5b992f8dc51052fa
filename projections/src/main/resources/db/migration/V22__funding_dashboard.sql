-- Read model "funding" (managers' funding dashboard): contributions, the proposals' approved and
-- allocated amounts, and the names of thematic accounts. Amounts are USD, exact decimals.
CREATE TABLE funding_contribution (
    contribution_id  VARCHAR(64)    PRIMARY KEY,
    contributor_type VARCHAR(32)    NOT NULL,
    account_id       VARCHAR(64),
    pledged_amount   NUMERIC(19, 2) NOT NULL,
    pledged_currency CHAR(3)        NOT NULL,
    pledged_usd      NUMERIC(19, 2),
    received_usd     NUMERIC(19, 2) NOT NULL DEFAULT 0,
    allocated_usd    NUMERIC(19, 2) NOT NULL DEFAULT 0,
    cancelled        BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX funding_contribution_account ON funding_contribution (account_id);
CREATE INDEX funding_contribution_type ON funding_contribution (contributor_type);

CREATE TABLE funding_proposal (
    proposal_id   VARCHAR(64)    PRIMARY KEY,
    account_id    VARCHAR(64),
    approved_usd  NUMERIC(19, 2),
    allocated_usd NUMERIC(19, 2) NOT NULL DEFAULT 0,
    funded        BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX funding_proposal_account ON funding_proposal (account_id) WHERE approved_usd IS NOT NULL;

CREATE TABLE funding_account (
    account_id VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(500) NOT NULL
);
