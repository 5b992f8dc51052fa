-- Read model "iati": what the IATI 2.03 export publishes of each proposal from its approval on, and the fund's
-- receipts for the organisation file. Rebuilt by replaying the processing group "iati" from the event store.
CREATE TABLE iati_activity (
    proposal_id       VARCHAR(64)    PRIMARY KEY,
    title             VARCHAR(500)   NOT NULL,
    summary           TEXT,
    proposer_type     VARCHAR(32)    NOT NULL,
    proposer_state    CHAR(2)        NOT NULL,
    proposer_name     VARCHAR(500),
    priority          VARCHAR(64),
    account_id        VARCHAR(64),
    duration_months   INTEGER,
    stage             VARCHAR(32)    NOT NULL,
    approved_on       DATE,
    approved_amount   NUMERIC(19, 2),
    approved_currency CHAR(3),
    started_on        DATE,
    closed_on         DATE,
    updated_at        TIMESTAMPTZ    NOT NULL,
    last_sequence     BIGINT         NOT NULL
);
CREATE INDEX iati_activity_approved ON iati_activity (proposal_id) WHERE approved_on IS NOT NULL;

CREATE TABLE iati_activity_partner (
    proposal_id  VARCHAR(64) NOT NULL REFERENCES iati_activity (proposal_id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    member_state CHAR(2)     NOT NULL,
    role         VARCHAR(32) NOT NULL,
    PRIMARY KEY (proposal_id, position)
);
CREATE INDEX iati_activity_partner_state ON iati_activity_partner (member_state);

CREATE TABLE iati_activity_sdg (
    proposal_id VARCHAR(64) NOT NULL REFERENCES iati_activity (proposal_id) ON DELETE CASCADE,
    sdg         SMALLINT    NOT NULL,
    PRIMARY KEY (proposal_id, sdg)
);

CREATE TABLE iati_activity_indicator (
    proposal_id VARCHAR(64)    NOT NULL REFERENCES iati_activity (proposal_id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    name        VARCHAR(500)   NOT NULL,
    unit        VARCHAR(100),
    baseline    NUMERIC(21, 6),
    target      NUMERIC(21, 6),
    PRIMARY KEY (proposal_id, position)
);

-- A commitment (an allocation of a contribution's money) or a disbursement (the expenditure of an accepted progress
-- report); keyed by the event that made it.
CREATE TABLE iati_transaction (
    proposal_id      VARCHAR(64)    NOT NULL REFERENCES iati_activity (proposal_id) ON DELETE CASCADE,
    sequence         BIGINT         NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    transaction_date DATE           NOT NULL,
    amount           NUMERIC(19, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    contribution_id  VARCHAR(64),
    PRIMARY KEY (proposal_id, sequence)
);
CREATE INDEX iati_transaction_date ON iati_transaction (kind, transaction_date);

-- A progress report, from its submission; accepted_on once the secretariat accepts it. A report submitted again
-- for the same period after changes were requested replaces the earlier one.
CREATE TABLE iati_report (
    proposal_id          VARCHAR(64)    NOT NULL REFERENCES iati_activity (proposal_id) ON DELETE CASCADE,
    period               VARCHAR(50)    NOT NULL,
    submitted_on         DATE           NOT NULL,
    expenditure_amount   NUMERIC(19, 2),
    expenditure_currency CHAR(3),
    accepted_on          DATE,
    PRIMARY KEY (proposal_id, period)
);

CREATE TABLE iati_report_value (
    proposal_id VARCHAR(64)    NOT NULL,
    period      VARCHAR(50)    NOT NULL,
    indicator   VARCHAR(500)   NOT NULL,
    value       NUMERIC(21, 6) NOT NULL,
    PRIMARY KEY (proposal_id, period, indicator),
    FOREIGN KEY (proposal_id, period) REFERENCES iati_report (proposal_id, period) ON DELETE CASCADE
);

-- The contributors, for the funding organisations of the activities they fund, and the fund's receipts in USD.
CREATE TABLE iati_contribution (
    contribution_id  VARCHAR(64)  PRIMARY KEY,
    contributor_type VARCHAR(32)  NOT NULL,
    member_state     CHAR(2),
    country          CHAR(2),
    name             VARCHAR(500)
);

CREATE TABLE iati_receipt (
    contribution_id VARCHAR(64)    NOT NULL REFERENCES iati_contribution (contribution_id) ON DELETE CASCADE,
    sequence        BIGINT         NOT NULL,
    received_on     DATE           NOT NULL,
    usd_amount      NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (contribution_id, sequence)
);
CREATE INDEX iati_receipt_date ON iati_receipt (received_on);
