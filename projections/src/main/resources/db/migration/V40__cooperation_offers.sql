-- Read model "offers": every cooperation offer with what the public catalog and the matching read; the published
-- ones are listed and matched with the published needs (catalog_need). And the proposals started from a match, for
-- the alignment report's needs addressed through offers.
CREATE TABLE offer_catalog (
    offer_id       VARCHAR(64)   PRIMARY KEY,
    offerer_type   VARCHAR(32)   NOT NULL,
    country        VARCHAR(2)    NOT NULL,
    member_state   CHAR(2),
    institution    VARCHAR(300),
    title          VARCHAR(500)  NOT NULL,
    description    TEXT,
    priority       VARCHAR(64),
    modality       VARCHAR(32),
    places         INTEGER       NOT NULL,
    capacity_note  VARCHAR(500),
    available_from DATE          NOT NULL,
    available_to   DATE          NOT NULL,
    stage          VARCHAR(32)   NOT NULL,
    published_at   TIMESTAMPTZ
);
CREATE INDEX offer_catalog_listed ON offer_catalog (stage, published_at);
CREATE INDEX offer_catalog_country ON offer_catalog (country);
CREATE INDEX offer_catalog_priority ON offer_catalog (priority);

CREATE TABLE offer_catalog_sdg (
    offer_id VARCHAR(64) NOT NULL REFERENCES offer_catalog (offer_id) ON DELETE CASCADE,
    sdg      SMALLINT    NOT NULL,
    PRIMARY KEY (offer_id, sdg)
);
CREATE INDEX offer_catalog_sdg_sdg ON offer_catalog_sdg (sdg, offer_id);

CREATE TABLE offer_catalog_measure (
    offer_id VARCHAR(64) NOT NULL REFERENCES offer_catalog (offer_id) ON DELETE CASCADE,
    measure  VARCHAR(8)  NOT NULL,
    PRIMARY KEY (offer_id, measure)
);

CREATE TABLE offer_catalog_language (
    offer_id VARCHAR(64) NOT NULL REFERENCES offer_catalog (offer_id) ON DELETE CASCADE,
    language CHAR(2)     NOT NULL,
    PRIMARY KEY (offer_id, language)
);

CREATE TABLE offer_match_proposal (
    proposal_id VARCHAR(64) PRIMARY KEY,
    offer_id    VARCHAR(64) NOT NULL,
    request_id  VARCHAR(64) NOT NULL,
    approved_at TIMESTAMPTZ
);
CREATE INDEX offer_match_proposal_approved ON offer_match_proposal (approved_at);
