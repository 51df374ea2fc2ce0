using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace OutreachRouting.Api.Identity;

/// <summary>
/// JWT bearer authentication. With Authentication:Authority set, tokens come from that OIDC provider for
/// Authentication:Audience; without it (development), from the local <see cref="DevSigningKey"/>.
/// </summary>
public static class IdentitySetup
{
    public static WebApplicationBuilder AddOutreachIdentity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Authentication");
        var authority = section["Authority"];
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = OutreachClaims.Name,
                RoleClaimType = OutreachClaims.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            if (!string.IsNullOrWhiteSpace(authority))
            {
                options.Authority = authority;
                options.Audience = section["Audience"] ?? throw new InvalidOperationException("Authentication:Audience must be set with Authentication:Authority.");
                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
            }
            else
            {
                var key = DevSigningKey.LoadOrCreate(DevKeyPath(builder.Configuration));
                options.TokenValidationParameters.ValidIssuer = key.Issuer;
                options.TokenValidationParameters.ValidAudience = key.Audience;
                options.TokenValidationParameters.IssuerSigningKey = key.SecurityKey;
            }
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static string DevKeyPath(IConfiguration configuration) =>
        configuration["Authentication:DevKeyPath"] is { Length: > 0 } path ? path : DevSigningKey.DefaultPath;
}
