-- Fixed sessions join the team directory: the same trigger, now also for the state 'outreach-session'.

CREATE TABLE directory_sessions
(
    service_id     varchar(150) NOT NULL,
    team           varchar(32)  NOT NULL,
    session_id     varchar(64)  NOT NULL,
    name           text         NOT NULL,
    kind           text         NOT NULL,
    venue_id       text         NOT NULL,
    slot_day       text         NOT NULL,
    slot_start     time         NOT NULL,
    slot_end       time         NOT NULL,
    ends_next_day  boolean      NOT NULL,
    workers_needed integer      NOT NULL,
    women_only     boolean      NOT NULL,
    status         text         NOT NULL,
    version        integer      NOT NULL,
    updated_at     timestamptz  NOT NULL,
    CONSTRAINT pk_directory_sessions PRIMARY KEY (service_id, team, session_id)
);

CREATE FUNCTION outreach_sync_session_directory() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    grain_key  text := coalesce(NEW.GrainIdExtensionString, OLD.GrainIdExtensionString);
    team_id    text := split_part(grain_key, '/', 1);
    local_id   text := substr(grain_key, length(split_part(grain_key, '/', 1)) + 2);
    doc        jsonb;
    definition jsonb;
BEGIN
    IF TG_OP <> 'DELETE' AND NEW.PayloadBinary IS NOT NULL THEN
        doc := convert_from(NEW.PayloadBinary, 'UTF8')::jsonb;
        definition := doc -> 'definition';
    END IF;

    IF definition IS NULL OR jsonb_typeof(definition) <> 'object' THEN
        DELETE FROM directory_sessions
         WHERE service_id = coalesce(NEW.ServiceId, OLD.ServiceId) AND team = team_id AND session_id = local_id;
        RETURN NULL;
    END IF;

    INSERT INTO directory_sessions
        (service_id, team, session_id, name, kind, venue_id, slot_day, slot_start, slot_end, ends_next_day,
         workers_needed, women_only, status, version, updated_at)
    VALUES
        (NEW.ServiceId, team_id, local_id,
         definition ->> 'name', definition ->> 'kind', definition ->> 'venueId',
         definition -> 'slot' ->> 'day', (definition -> 'slot' ->> 'start')::time, (definition -> 'slot' ->> 'end')::time,
         coalesce((definition -> 'slot' ->> 'endsNextDay')::boolean, false),
         (definition ->> 'workersNeeded')::integer, (definition ->> 'womenOnly')::boolean, definition ->> 'status',
         (doc ->> 'version')::integer, (doc ->> 'updatedAt')::timestamptz)
    ON CONFLICT (service_id, team, session_id) DO UPDATE SET
        name = excluded.name, kind = excluded.kind, venue_id = excluded.venue_id, slot_day = excluded.slot_day,
        slot_start = excluded.slot_start, slot_end = excluded.slot_end, ends_next_day = excluded.ends_next_day,
        workers_needed = excluded.workers_needed, women_only = excluded.women_only, status = excluded.status,
        version = excluded.version, updated_at = excluded.updated_at;
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_outreach_session_directory_write
    AFTER INSERT OR UPDATE OF PayloadBinary ON OrleansStorage
    FOR EACH ROW
    WHEN (NEW.GrainTypeString = 'outreach-session')
    EXECUTE FUNCTION outreach_sync_session_directory();

CREATE TRIGGER trg_outreach_session_directory_delete
    AFTER DELETE ON OrleansStorage
    FOR EACH ROW
    WHEN (OLD.GrainTypeString = 'outreach-session')
    EXECUTE FUNCTION outreach_sync_session_directory();
