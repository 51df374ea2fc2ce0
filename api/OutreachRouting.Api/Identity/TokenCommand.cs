using System.CommandLine;

namespace OutreachRouting.Api.Identity;

/// <summary>
/// `OutreachRouting.Api token --role manager --team clash`: prints a development token signed with the local
/// key (see <see cref="DevSigningKey"/>). Not for production, where tokens come from the OIDC authority.
/// </summary>
public static class TokenCommand
{
    public static int Run(string[] args, IConfiguration configuration)
    {
        var role = new Option<string>("--role") { Description = "admin, manager, worker or consumer", Required = true };
        role.AcceptOnlyFromAmong([.. OutreachRoles.All]);
        var teams = new Option<string[]>("--team") { Description = "a team the bearer belongs to (repeat for several)", AllowMultipleArgumentsPerToken = true };
        var worker = new Option<string?>("--worker") { Description = "the worker id, for a worker's token" };
        var subject = new Option<string>("--subject") { Description = "who the token names", DefaultValueFactory = _ => "dev-user" };
        var days = new Option<int>("--days") { Description = "days until it expires", DefaultValueFactory = _ => 30 };
        var command = new RootCommand("Issues a development token signed with the local key.") { role, teams, worker, subject, days };
        command.SetAction(result =>
        {
            var path = IdentitySetup.DevKeyPath(configuration);
            var key = DevSigningKey.LoadOrCreate(path);
            Console.WriteLine(DevTokens.Issue(key, result.GetValue(subject)!, result.GetValue(role)!, result.GetValue(teams) ?? [], result.GetValue(worker), TimeSpan.FromDays(result.GetValue(days))));
            return 0;
        });
        return command.Parse(args).Invoke();
    }
}
