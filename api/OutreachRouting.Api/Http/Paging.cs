using Microsoft.AspNetCore.Mvc;

namespace OutreachRouting.Api.Http;

/// <summary>The page a list asks for: <c>?skip=0&amp;take=50</c>; the directory caps take at 500.</summary>
public sealed class Paging
{
    public const int DefaultTake = 50;

    /// <summary>Items to pass over before the page.</summary>
    [FromQuery(Name = "skip")]
    public int? Skip { get; init; }

    /// <summary>Items on the page (1 to 500, default 50).</summary>
    [FromQuery(Name = "take")]
    public int? Take { get; init; }

    public int From => Skip ?? 0;

    public int Size => Take ?? DefaultTake;
}
