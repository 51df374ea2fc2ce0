-- Cluster membership for Microsoft.Orleans.Clustering.AdoNet 10.4.2.
-- One version row per cluster (DeploymentId = ClusterId); every write to the membership table bumps it,
-- which is how the provider implements the membership protocol's optimistic concurrency.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Returns 1 when the version row was created, 0 when it already existed.
CREATE FUNCTION orleans_insert_membership_version(p_deployment_id varchar)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (p_deployment_id)
    ON CONFLICT (DeploymentId) DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    RETURN QUERY SELECT affected;
END
$$;

-- Every membership write moves the table version on by one, and only from the version the writer read.
CREATE FUNCTION orleans_bump_membership_version(p_deployment_id varchar, p_version integer)
    RETURNS boolean
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE OrleansMembershipVersionTable
       SET Timestamp = now(), Version = Version + 1
     WHERE DeploymentId = p_deployment_id AND Version = p_version;
    RETURN FOUND;
END
$$;

-- Inserts a silo row and bumps the table version in one step; 0 (and nothing written) when the silo row
-- already exists or the caller's version is stale.
CREATE FUNCTION orleans_insert_membership(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer,
    p_silo_name varchar, p_host_name varchar, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    IF NOT orleans_bump_membership_version(p_deployment_id, p_version) THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port,
         p_start_time, p_i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        -- Undo the version bump: the write as a whole did not happen.
        RAISE SQLSTATE 'P0001' USING MESSAGE = 'orleans_membership_row_exists';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN SQLSTATE 'P0001' THEN
        RETURN QUERY SELECT 0;
END
$$;

-- Updates a silo row and bumps the table version in one step; 0 (and nothing written) on a stale version.
CREATE FUNCTION orleans_update_membership(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer,
    p_status integer, p_suspect_times varchar, p_i_am_alive_time timestamptz, p_version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    IF NOT orleans_bump_membership_version(p_deployment_id, p_version) THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    UPDATE OrleansMembershipTable
       SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
     WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RAISE SQLSTATE 'P0001' USING MESSAGE = 'orleans_membership_row_missing';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN SQLSTATE 'P0001' THEN
        RETURN QUERY SELECT 0;
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpdateIAmAlivetimeKey', '
    UPDATE OrleansMembershipTable
       SET IAmAliveTime = @IAmAliveTime
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND Address = @Address AND @Address IS NOT NULL
       AND Port = @Port AND @Port IS NOT NULL
       AND Generation = @Generation AND @Generation IS NOT NULL;
'),
('InsertMembershipVersionKey', '
    SELECT row_count FROM orleans_insert_membership_version(@DeploymentId);
'),
('InsertMembershipKey', '
    SELECT row_count FROM orleans_insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
        @StartTime, @IAmAliveTime, @Version);
'),
('UpdateMembershipKey', '
    SELECT row_count FROM orleans_update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
'),
('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
      FROM OrleansMembershipVersionTable v
      LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
       AND m.Address = @Address AND @Address IS NOT NULL
       AND m.Port = @Port AND @Port IS NOT NULL
       AND m.Generation = @Generation AND @Generation IS NOT NULL
     WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
      FROM OrleansMembershipVersionTable v
      LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
     WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
      FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND Status = @Status AND @Status IS NOT NULL
       AND ProxyPort > 0;
'),
-- Dead (status 6) silos that stopped heart-beating before the cut-off and were not under suspicion.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND IAmAliveTime < @IAmAliveTime
       AND StartTime < @IAmAliveTime
       AND COALESCE(SuspectTimes, '''') = ''''
       AND Status = 6;
'),
-- One dead silo's row, only if it is still exactly as the caller read it.
('CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId
       AND Address = @Address AND Port = @Port AND Generation = @Generation
       AND Status = 6
       AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
       AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
');
