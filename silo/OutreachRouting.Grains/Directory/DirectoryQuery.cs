namespace OutreachRouting.Grains.Directory;

/// <summary>
/// A list query over one directory table: the item columns, the filter (beyond the service and team every query
/// has) and the order. The page and its total are both made from it, so the total counts what the filter matches.
/// </summary>
internal sealed record DirectoryQuery(string Table, string Columns, string Filter, string Order)
{
    private string Where => $"FROM {Table} WHERE service_id = @service AND team = @team AND ({Filter})";

    /// <summary>The items, and last "count(*) OVER ()" as the total, paged with @skip and @take.</summary>
    public string PageSql => $"SELECT {Columns}, count(*) OVER () AS total {Where} ORDER BY {Order} OFFSET @skip LIMIT @take";

    public string CountSql => $"SELECT count(*) {Where}";
}
