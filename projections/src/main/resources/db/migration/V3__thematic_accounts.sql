-- Read model "accounts": the thematic accounts (windows) of the fund. Rebuilt by replaying the
-- processing group "accounts" from the event store.

CREATE TABLE thematic_account (
    account_id        VARCHAR(64)    PRIMARY KEY,
    name              VARCHAR(500)   NOT NULL,
    -- CIDI priorities, comma-separated enum names in the order the fund manager gave them
    priorities        VARCHAR(1000)  NOT NULL,
    ceiling_amount    NUMERIC(19, 2) NOT NULL,
    ceiling_currency  CHAR(3)        NOT NULL,
    opened_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX thematic_account_name ON thematic_account (name);
