using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OutreachRouting.Hosting;

/// <summary>Checks "Urls" as Kestrel will read it, which otherwise fails after the silo has started, with a stack trace.</summary>
internal sealed class UrlsOptionsValidator : IValidateOptions<UrlsOptions>
{
    public ValidateOptionsResult Validate(string? name, UrlsOptions options)
    {
        var failures = (options.Urls ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => !IsListenAddress(url))
            .Select(url => $"Urls '{url}' is not a listen address such as http://127.0.0.1:8080")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsListenAddress(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return address.IsUnixPipe || address.Port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
