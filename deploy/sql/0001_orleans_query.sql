-- Orleans' query catalogue. The ADO.NET providers read every query they run from this table at start-up
-- (SELECT QueryKey, QueryText FROM OrleansQuery) and bind the @Parameters named in the texts below.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
