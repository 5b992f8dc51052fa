-- Read model "request-index": every cooperation request with what duplicate detection compares
-- (state, priority, SDGs, title) and its stage. Rebuilt by replaying the processing group.

CREATE TABLE cooperation_request_index (
    request_id    VARCHAR(64)  PRIMARY KEY,
    member_state  CHAR(2)      NOT NULL,
    title         VARCHAR(500) NOT NULL,
    priority      VARCHAR(64),
    sdgs          INTEGER[]    NOT NULL,
    stage         VARCHAR(32)  NOT NULL
);
CREATE INDEX cooperation_request_index_state ON cooperation_request_index (member_state);
CREATE INDEX cooperation_request_index_priority ON cooperation_request_index (priority);
CREATE INDEX cooperation_request_index_sdgs ON cooperation_request_index USING GIN (sdgs);
