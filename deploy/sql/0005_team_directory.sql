-- The team directory: a read model of every venue and worker, for listing and filtering a team's registers
-- without activating their grains. It is written by a trigger on OrleansStorage, inside the transaction of
-- the grain's own state write, so the directory can never disagree with the grains, not even after a crash.
-- The trigger reads the grain state JSON (System.Text.Json, camelCase, kebab-case enums) written by
-- VenueState and WorkerState in silo/OutreachRouting.Grains; the keys are "team/id".

CREATE TABLE directory_venues
(
    service_id           varchar(150) NOT NULL,
    team                 varchar(32)  NOT NULL,
    venue_id             varchar(64)  NOT NULL,
    name                 text         NOT NULL,
    kind                 text         NOT NULL,
    borough              text         NOT NULL,
    status               text         NOT NULL,
    sensitivity          text         NOT NULL,
    priority             integer      NOT NULL,
    target_interval_days integer      NOT NULL,
    last_visit_at        timestamptz  NULL,
    version              integer      NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT pk_directory_venues PRIMARY KEY (service_id, team, venue_id)
);

CREATE INDEX ix_directory_venues_kind ON directory_venues (service_id, team, kind);
CREATE INDEX ix_directory_venues_borough ON directory_venues (service_id, team, borough);
CREATE INDEX ix_directory_venues_status ON directory_venues (service_id, team, status);

CREATE TABLE directory_workers
(
    service_id          varchar(150) NOT NULL,
    team                varchar(32)  NOT NULL,
    worker_id           varchar(64)  NOT NULL,
    display_name        text         NOT NULL,
    status              text         NOT NULL,
    skills              text[]       NOT NULL,
    languages           text[]       NOT NULL,
    women_only_eligible boolean      NOT NULL,
    travel_mode         text         NOT NULL,
    version             integer      NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CONSTRAINT pk_directory_workers PRIMARY KEY (service_id, team, worker_id)
);

CREATE FUNCTION outreach_json_text_array(items jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS
$$
    SELECT coalesce(array_agg(value ORDER BY ordinality), '{}')
      FROM jsonb_array_elements_text(coalesce(items, '[]'::jsonb)) WITH ORDINALITY;
$$;

CREATE FUNCTION outreach_sync_directory() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    grain_key  text;
    team_id    text;
    local_id   text;
    doc        jsonb;
    definition jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        grain_key := OLD.GrainIdExtensionString;
    ELSE
        grain_key := NEW.GrainIdExtensionString;
        IF NEW.PayloadBinary IS NOT NULL THEN
            doc := convert_from(NEW.PayloadBinary, 'UTF8')::jsonb;
            definition := doc -> 'definition';
        END IF;
    END IF;

    team_id := split_part(grain_key, '/', 1);
    local_id := substr(grain_key, length(team_id) + 2);

    IF coalesce(NEW.GrainTypeString, OLD.GrainTypeString) = 'outreach-venue' THEN
        IF definition IS NULL OR jsonb_typeof(definition) <> 'object' THEN
            DELETE FROM directory_venues
             WHERE service_id = coalesce(NEW.ServiceId, OLD.ServiceId) AND team = team_id AND venue_id = local_id;
        ELSE
            INSERT INTO directory_venues AS d
                (service_id, team, venue_id, name, kind, borough, status, sensitivity, priority,
                 target_interval_days, last_visit_at, version, updated_at)
            VALUES
                (NEW.ServiceId, team_id, local_id,
                 definition ->> 'name', definition ->> 'kind', definition ->> 'borough',
                 definition ->> 'status', definition ->> 'sensitivity',
                 (definition ->> 'priority')::integer, (definition ->> 'targetIntervalDays')::integer,
                 (doc ->> 'lastVisitAt')::timestamptz, (doc ->> 'version')::integer,
                 (doc ->> 'updatedAt')::timestamptz)
            ON CONFLICT (service_id, team, venue_id) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, borough = excluded.borough,
                status = excluded.status, sensitivity = excluded.sensitivity, priority = excluded.priority,
                target_interval_days = excluded.target_interval_days, last_visit_at = excluded.last_visit_at,
                version = excluded.version, updated_at = excluded.updated_at;
        END IF;
    ELSE
        IF definition IS NULL OR jsonb_typeof(definition) <> 'object' THEN
            DELETE FROM directory_workers
             WHERE service_id = coalesce(NEW.ServiceId, OLD.ServiceId) AND team = team_id AND worker_id = local_id;
        ELSE
            INSERT INTO directory_workers AS d
                (service_id, team, worker_id, display_name, status, skills, languages, women_only_eligible,
                 travel_mode, version, updated_at)
            VALUES
                (NEW.ServiceId, team_id, local_id,
                 definition ->> 'displayName', definition ->> 'status',
                 outreach_json_text_array(definition -> 'skills'),
                 outreach_json_text_array(definition -> 'languages'),
                 (definition ->> 'womenOnlyEligible')::boolean, definition ->> 'travelMode',
                 (doc ->> 'version')::integer, (doc ->> 'updatedAt')::timestamptz)
            ON CONFLICT (service_id, team, worker_id) DO UPDATE SET
                display_name = excluded.display_name, status = excluded.status, skills = excluded.skills,
                languages = excluded.languages, women_only_eligible = excluded.women_only_eligible,
                travel_mode = excluded.travel_mode, version = excluded.version, updated_at = excluded.updated_at;
        END IF;
    END IF;

    RETURN NULL;
END
$$;

CREATE TRIGGER trg_outreach_directory_write
    AFTER INSERT OR UPDATE OF PayloadBinary ON OrleansStorage
    FOR EACH ROW
    WHEN (NEW.GrainTypeString IN ('outreach-venue', 'outreach-worker'))
    EXECUTE FUNCTION outreach_sync_directory();

CREATE TRIGGER trg_outreach_directory_delete
    AFTER DELETE ON OrleansStorage
    FOR EACH ROW
    WHEN (OLD.GrainTypeString IN ('outreach-venue', 'outreach-worker'))
    EXECUTE FUNCTION outreach_sync_directory();
