using OutreachRouting.Cli.Settings;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach login` and `outreach logout`: the API, token and default team kept in the settings file.</summary>
public static class SignInCommands
{
    public static Command Login(CliContext context)
    {
        var api = new Option<string>("--api") { Description = "the API root, such as http://localhost:5080", Required = true };
        api.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string>(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                result.AddError("--api must be an http or https URL, such as http://localhost:5080");
            }
        });
        var token = new Option<string>("--token") { Description = "a bearer token (a JWT) from your identity provider", Required = true };
        var team = new Option<string?>("--team") { Description = "the team commands act for by default (default: the token's team, when it names one)" };
        var command = new Command("login", "Check a token against the API and save it, with the API and default team.") { api, token, team };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var root = new Uri(parsed.GetValue(api)!);
            var bearer = parsed.GetValue(token)!;
            var defaultTeam = parsed.GetValue(team) ?? TokenTeams.Single(bearer)
                ?? throw new CliException("name the default team with --team: the token does not name exactly one team");
            using (var client = new OutreachClient(root, bearer))
            {
                // Any read of the team proves the token (401), the team (404) and the role (403).
                await CliContext.GuardAsync(root, () => client.ListVenuesAsync(defaultTeam, new VenueQuery(Take: 1), cancellationToken));
            }

            var store = context.Store(parsed);
            store.Save(new CliSettings(root.AbsoluteUri, bearer, defaultTeam));
            context.Out.WriteLine($"Signed in to {root} for team {defaultTeam}; saved in {store.Path}");
        });
        return command;
    }

    public static Command Logout(CliContext context)
    {
        var command = new Command("logout", "Forget the saved API, token and team.");
        command.SetAction(parsed =>
        {
            var store = context.Store(parsed);
            context.Out.WriteLine(store.Delete() ? $"Signed out: removed {store.Path}" : $"Not signed in: there is no {store.Path}");
        });
        return command;
    }
}
