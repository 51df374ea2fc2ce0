-- Grain state for Microsoft.Orleans.Persistence.AdoNet 10.4.2. 10.4.2 binds only @PayloadBinary.
-- A row is identified by service, grain id (hash, N0/N1 or the string key) and state name
-- (GrainTypeString carries the [PersistentState] name, not the grain class).
CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Writes a state row with optimistic concurrency: the caller's version must match (or be NULL for a
-- first write, when no row may exist yet). Returns the new version; an unchanged version tells the
-- provider the write lost a race, and it raises InconsistentStateException.
CREATE FUNCTION orleans_write_to_storage(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
    p_grain_type varchar, p_grain_key varchar, p_service_id varchar, p_version integer, p_payload bytea)
    RETURNS TABLE (NewGrainStateVersion integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    IF p_version IS NOT NULL THEN
        UPDATE OrleansStorage
           SET PayloadBinary = p_payload, ModifiedOn = (now() AT TIME ZONE 'utc'), Version = Version + 1
         WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
           AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
           AND GrainTypeString = p_grain_type
           AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_key
           AND ServiceId = p_service_id
           AND Version = p_version;
        GET DIAGNOSTICS affected = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN affected > 0 THEN p_version + 1 ELSE p_version END;
        RETURN;
    END IF;

    -- First write of this state: serialise concurrent first writers of the same grain so that one wins.
    PERFORM pg_advisory_xact_lock(p_grain_id_hash, p_grain_type_hash);
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
         ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type, p_grain_key,
           p_service_id, p_payload, (now() AT TIME ZONE 'utc'), 1
     WHERE NOT EXISTS (
        SELECT 1 FROM OrleansStorage
         WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
           AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
           AND GrainTypeString = p_grain_type
           AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_key
           AND ServiceId = p_service_id);
    GET DIAGNOSTICS affected = ROW_COUNT;
    RETURN QUERY SELECT CASE WHEN affected > 0 THEN 1 ELSE NULL::integer END;
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    SELECT NewGrainStateVersion FROM orleans_write_to_storage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
        @ServiceId, @GrainStateVersion, @PayloadBinary);
'),
('ReadFromStorageKey', '
    SELECT PayloadBinary, (now() AT TIME ZONE ''utc''), Version
      FROM OrleansStorage
     WHERE GrainIdHash = @GrainIdHash
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
'),
('ClearStorageKey', '
    UPDATE OrleansStorage
       SET PayloadBinary = NULL, Version = Version + 1
     WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND Version IS NOT NULL AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version AS NewGrainStateVersion;
'),
('DeleteStorageKey', '
    DELETE FROM OrleansStorage
     WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND Version IS NOT NULL AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version + 1 AS NewGrainStateVersion;
');
