-- Reminders for Microsoft.Orleans.Reminders.AdoNet 10.4.2 (its queries bind ServiceId, GrainId,
-- ReminderName, StartTime, Period, GrainHash, Version, BeginHash and EndHash).
CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,
    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IX_RemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
    INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
       SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
           Version = OrleansRemindersTable.Version + 1
    RETURNING Version;
'),
('ReadReminderRowsKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
      FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainId = @GrainId AND @GrainId IS NOT NULL;
'),
('ReadReminderRowKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
      FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainId = @GrainId AND @GrainId IS NOT NULL
       AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL;
'),
-- The silo's share of the hash ring, when it does not wrap around.
('ReadRangeRows1Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
      FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainHash > @BeginHash AND @BeginHash IS NOT NULL
       AND GrainHash <= @EndHash AND @EndHash IS NOT NULL;
'),
-- ... and when it wraps around the end of the ring.
('ReadRangeRows2Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
      FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND ((GrainHash > @BeginHash AND @BeginHash IS NOT NULL)
         OR (GrainHash <= @EndHash AND @EndHash IS NOT NULL));
'),
('DeleteReminderRowKey', '
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
         WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
           AND GrainId = @GrainId AND @GrainId IS NOT NULL
           AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL
           AND Version = @Version AND @Version IS NOT NULL
        RETURNING 1)
    SELECT count(*)::integer FROM deleted;
'),
('DeleteReminderRowsKey', '
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
');
