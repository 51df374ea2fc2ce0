using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutreachRouting.Api.Identity;

/// <summary>Issues development tokens signed with the <see cref="DevSigningKey"/>.</summary>
public static class DevTokens
{
    public static string Issue(DevSigningKey key, string subject, string role, IReadOnlyList<string> teams, string? workerId, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, subject), new(OutreachClaims.Name, subject), new(OutreachClaims.Role, role) };
        claims.AddRange(teams.Select(t => new Claim(OutreachClaims.Team, t)));
        if (workerId is not null)
        {
            claims.Add(new Claim(OutreachClaims.WorkerId, workerId));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = key.Issuer,
            Audience = key.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
