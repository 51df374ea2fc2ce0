using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OutreachRouting.Hosting;

internal static class CheckedSettings
{
    /// <summary>
    /// Binds the settings every host checks (<see cref="UrlsOptions"/>, <see cref="OutreachOptions"/>) and checks them
    /// now, with the validators that ValidateOnStart runs again. Now and not only at start: the cluster ids and
    /// endpoints are configured before the host is built, and a failure at start is logged with a stack trace,
    /// where this one leaves the host's Program one plain line to print.
    /// </summary>
    /// <returns>The Orleans settings.</returns>
    /// <exception cref="OptionsValidationException">A setting is wrong; the message names each one and its value.</exception>
    public static OutreachOptions AddCheckedSettings(this IHostApplicationBuilder builder)
    {
        builder.AddChecked<UrlsOptions, UrlsOptionsValidator>(builder.Configuration);
        return builder.AddChecked<OutreachOptions, OutreachOptionsValidator>(builder.Configuration.GetSection(OutreachOptions.Section));
    }

    private static TOptions AddChecked<TOptions, TValidator>(this IHostApplicationBuilder builder, IConfiguration section)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        builder.Services.AddOptions<TOptions>().Bind(section).ValidateOnStart();

        var options = section.Get<TOptions>() ?? new TOptions();
        var result = new TValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), result.Failures) : options;
    }
}
