namespace OutreachRouting.Hosting;

/// <summary>The host's HTTP listen addresses, setting "Urls" (environment Urls or ASPNETCORE_URLS), separated by ';'.</summary>
internal sealed class UrlsOptions
{
    public string? Urls { get; set; }
}
