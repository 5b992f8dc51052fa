-- Read model "proposals": the measures and SDGs of each proposal, so the list filters on them.
CREATE TABLE proposal_list_measure (
    proposal_id VARCHAR(64) NOT NULL REFERENCES proposal_list (proposal_id) ON DELETE CASCADE,
    measure     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (proposal_id, measure)
);
CREATE INDEX proposal_list_measure_measure ON proposal_list_measure (measure);

CREATE TABLE proposal_list_sdg (
    proposal_id VARCHAR(64) NOT NULL REFERENCES proposal_list (proposal_id) ON DELETE CASCADE,
    sdg         SMALLINT    NOT NULL,
    PRIMARY KEY (proposal_id, sdg)
);
CREATE INDEX proposal_list_sdg_sdg ON proposal_list_sdg (sdg);
CREATE INDEX proposal_list_priority ON proposal_list (priority);
