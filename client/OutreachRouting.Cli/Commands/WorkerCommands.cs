using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Cli.Commands;

/// <summary>`outreach workers list|show` (managers only, except a worker reading their own record).</summary>
public static class WorkerCommands
{
    public static Command Build(CliContext context)
    {
        var status = CommonOptions.Choice<WorkerStatus>("--status", "only workers with this status");
        var skill = CommonOptions.Choice<WorkerSkill>("--skill", "only workers with this skill");
        var language = new Option<string?>("--language") { Description = "only workers who speak this language" };
        return new Command("workers", "The team's outreach workers.")
        {
            ListCommand.Build(context, "List the team's workers, a page at a time.", [status, skill, language],
                (client, team, parsed, skip, take, ct) => client.ListWorkersAsync(team,
                    new WorkerQuery(parsed.Value<WorkerStatus>(status), parsed.Value<WorkerSkill>(skill), parsed.GetValue(language), skip, take), ct),
                WorkerViews.Table),
            ShowCommand.Build(context, "worker", "Show one worker: skills, availability, absences.", (client, team, id, ct) => client.GetWorkerAsync(team, id, ct), WorkerViews.Details),
        };
    }
}
