using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace OutreachRouting.Api.Identity;

/// <summary>
/// JWT bearer authentication. With Authentication:Authority set, tokens come from that OIDC provider for
/// Authentication:Audience; without it, and only in Development, from the local <see cref="DevSigningKey"/>.
/// </summary>
public static class IdentitySetup
{
    /// <exception cref="InvalidOperationException">Outside Development without an authority, or with an authority but no audience.</exception>
    public static WebApplicationBuilder AddOutreachIdentity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Authentication");
        var authority = section["Authority"];
        var audience = section["Audience"];

        // Decided (and the key made) before the host starts, so a wrong set-up refuses to start rather than
        // refusing every request.
        var devKey = SignsItsOwnTokens(builder.Configuration) ? DevelopmentKey(builder) : null;
        if (devKey is null && string.IsNullOrWhiteSpace(audience))
        {
            throw new InvalidOperationException(
                $"Authentication:Audience is not set; tokens from the authority '{authority}' must name this API's audience (set Authentication__Audience)");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = OutreachClaims.Name,
                RoleClaimType = OutreachClaims.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
            };

            // A signed token outlives its worker's time on the team; the register has the last word.
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = async context =>
                {
                    if (!await context.HttpContext.RequestServices.GetRequiredService<WorkerStanding>().IsCurrentAsync(context.Principal!))
                        context.Fail("The worker this token names is not on the team's register.");
                },
            };
            if (devKey is null)
            {
                options.Authority = authority;
                options.Audience = audience;
                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
            }
            else
            {
                options.TokenValidationParameters.ValidIssuer = devKey.Issuer;
                options.TokenValidationParameters.ValidAudience = devKey.Audience;
                options.TokenValidationParameters.IssuerSigningKey = devKey.SecurityKey;
            }
        });
        builder.Services.AddAuthorization();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<WorkerStanding>();
        return builder;
    }

    /// <summary>Without an authority the API signs and trusts tokens of its own, under the development key.</summary>
    public static bool SignsItsOwnTokens(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["Authentication:Authority"]);

    public static string DevKeyPath(IConfiguration configuration) =>
        configuration["Authentication:DevKeyPath"] is { Length: > 0 } path ? path : DevSigningKey.DefaultPath;

    /// <summary>A key on disk is a convenience for one developer's machine; any other host must trust an authority.</summary>
    private static DevSigningKey DevelopmentKey(WebApplicationBuilder builder) =>
        builder.Environment.IsDevelopment()
            ? DevSigningKey.LoadOrCreate(DevKeyPath(builder.Configuration))
            : throw new InvalidOperationException(
                $"Authentication:Authority is not set; outside Development (this host runs as {builder.Environment.EnvironmentName}) tokens must come from an OIDC authority (set Authentication__Authority and Authentication__Audience)");
}
