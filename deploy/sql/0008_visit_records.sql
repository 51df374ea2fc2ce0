-- Visit records: what workers log after each stop, as counts, flags and choices only (no service user is ever
-- named or described here). Rows are never updated or deleted: a manager's correction is the next version of the
-- same record, so every figure can be traced back to what was first recorded. Coverage aggregates these rows.

CREATE TABLE visit_records
(
    service_id              varchar(150) NOT NULL,
    team                    varchar(32)  NOT NULL,
    record_id               uuid         NOT NULL,
    version                 integer      NOT NULL,
    stop_id                 varchar(100) NOT NULL,
    venue_id                varchar(64)  NOT NULL,
    visited_at              timestamptz  NOT NULL,
    worker_ids              text[]       NOT NULL,
    outcome                 text         NOT NULL,
    contacts                integer      NOT NULL CHECK (contacts >= 0),
    new_contacts            integer      NOT NULL CHECK (new_contacts BETWEEN 0 AND contacts),
    condom_packs            integer      NOT NULL CHECK (condom_packs >= 0),
    lubricant_packs         integer      NOT NULL CHECK (lubricant_packs >= 0),
    testing_kits            integer      NOT NULL CHECK (testing_kits >= 0),
    tests_offered           integer      NOT NULL CHECK (tests_offered >= 0),
    tests_done              integer      NOT NULL CHECK (tests_done BETWEEN 0 AND tests_offered),
    pep_prep_conversations  integer      NOT NULL CHECK (pep_prep_conversations >= 0),
    referrals_housing       integer      NOT NULL CHECK (referrals_housing >= 0),
    referrals_drug_alcohol  integer      NOT NULL CHECK (referrals_drug_alcohol >= 0),
    referrals_psychology    integer      NOT NULL CHECK (referrals_psychology >= 0),
    referrals_find_and_treat integer     NOT NULL CHECK (referrals_find_and_treat >= 0),
    referrals_clinic        integer      NOT NULL CHECK (referrals_clinic >= 0),
    safeguarding_concern    boolean      NOT NULL,
    venue_looks             text         NOT NULL,
    new_longitude           double precision NULL,
    new_latitude            double precision NULL,
    recorded_by             varchar(64)  NOT NULL,
    recorded_at             timestamptz  NOT NULL,
    late                    boolean      NOT NULL,
    -- The worker's retry key and a hash of what they sent under it (first versions only).
    idempotency_key         varchar(200) NULL,
    report_hash             bytea        NULL,
    CONSTRAINT pk_visit_records PRIMARY KEY (service_id, team, record_id, version)
);

-- One record per stop: a pair's two phones, or one phone and its offline queue, cannot count a visit twice.
CREATE UNIQUE INDEX ux_visit_records_stop ON visit_records (service_id, team, stop_id) WHERE version = 1;
CREATE UNIQUE INDEX ux_visit_records_idempotency ON visit_records (service_id, team, recorded_by, idempotency_key) WHERE version = 1;
CREATE INDEX ix_visit_records_venue ON visit_records (service_id, team, venue_id, visited_at);
CREATE INDEX ix_visit_records_visited ON visit_records (service_id, team, visited_at);
