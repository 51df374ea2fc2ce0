using System.CommandLine;
using OutreachRouting.Benchmarks.Api;
using OutreachRouting.Benchmarks.Solomon;
using OutreachRouting.Benchmarks.Week;
using OutreachRouting.Benchmarks.WorkerDay;
using OutreachRouting.TestSupport.Solomon;

var instances = new Option<DirectoryInfo>("--instances") { Description = "Folder of Solomon-format instance files", Required = true };
var bestKnown = new Option<FileInfo>("--bks") { Description = "Best-known CSV: instance,vehicles,distance,... (without it, no gaps)" };
var seconds = new Option<double>("--seconds") { Description = "Time budget per instance", DefaultValueFactory = _ => 1.0 };
var csv = new Option<FileInfo>("--csv") { Description = "Per-instance results to write", Required = true };
var parallelism = new Option<int>("--parallelism") { Description = "Independent searches per instance, one per core", DefaultValueFactory = _ => 1 };
var seed = new Option<int>("--seed") { Description = "Seed of the first search", DefaultValueFactory = _ => 1 };

instances.AcceptExistingOnly();
bestKnown.AcceptExistingOnly();

var solomon = new Command("solomon", "Solve every instance in a folder and compare with best-known values")
{
    instances, bestKnown, seconds, csv, parallelism, seed,
};
solomon.SetAction(result => SolomonBenchmark.Run(
    result.GetValue(instances)!,
    result.GetValue(bestKnown),
    result.GetValue(seconds),
    result.GetValue(csv)!,
    result.GetValue(parallelism),
    result.GetValue(seed)));

var sizes = new Option<int[]>("--customers") { Description = "Sizes to generate, one file each", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [200, 400, 600, 800, 1000] };
var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the instance files into", Required = true };
var instanceSeed = new Option<int>("--seed") { Description = "Seed of the random instances", DefaultValueFactory = _ => 1 };
var generate = new Command("generate", "Write random instances in Gehring and Homberger's layout, for the solomon command")
{
    sizes, instanceSeed, output,
};
generate.SetAction(result => GeneratedInstances.Write(result.GetValue(output)!, result.GetValue(sizes)!, result.GetValue(instanceSeed)));

var server = new Option<string?>("--server") { Description = "PostgreSQL server (Npgsql connection string); default ConnectionStrings__Outreach, then the local one of deploy/run.sh" };
var concurrency = new Option<int>("--concurrency") { Description = "Concurrent callers", DefaultValueFactory = _ => 64 };
var runSeconds = new Option<double>("--seconds") { Description = "Length of each timed run", DefaultValueFactory = _ => 10 };
var warmup = new Option<double>("--warmup") { Description = "Warm-up before each scenario's runs", DefaultValueFactory = _ => 5 };
var runs = new Option<int>("--runs") { Description = "Timed runs per scenario (the median is reported)", DefaultValueFactory = _ => 3 };
var venues = new Option<int>("--venues") { Description = "Venues to create and read", DefaultValueFactory = _ => 1000 };
var api = new Command("api", "Venue reads and durable updates through the API on PostgreSQL, against a trivial endpoint of the same host")
{
    server, concurrency, runSeconds, warmup, runs, venues,
};
api.SetAction((result, _) => ApiBenchmark.RunAsync(
    result.GetValue(server), result.GetValue(concurrency), result.GetValue(runSeconds), result.GetValue(warmup), result.GetValue(runs), result.GetValue(venues)));

var weekWorkers = new Option<int>("--workers") { Description = "Workers in all, shared among the teams", DefaultValueFactory = _ => 12 };
var weekVenues = new Option<int>("--venues") { Description = "Venues in all, shared among the teams", DefaultValueFactory = _ => 150 };
var weekTeams = new Option<int>("--teams") { Description = "Teams, planned side by side", DefaultValueFactory = _ => 1 };
var weekSeed = new Option<int>("--seed") { Description = "Seed of the generated week and of the search", DefaultValueFactory = _ => 1 };
var weekSeconds = new Option<double>("--seconds") { Description = "Planning budget per team", DefaultValueFactory = _ => 3 };
var weekInput = new Option<FileInfo?>("--input") { Description = "Plan this planning-input JSON file instead of a generated week" };
var week = new Command("week", "Plan generated weeks (or one from a file) and check them with the rota validator")
{
    weekWorkers, weekVenues, weekTeams, weekSeed, weekSeconds, weekInput,
};
week.SetAction((result, _) => WeekBenchmark.RunAsync(
    result.GetValue(weekWorkers), result.GetValue(weekVenues), result.GetValue(weekTeams), result.GetValue(weekSeed),
    result.GetValue(weekSeconds), result.GetValue(weekInput)));

var replanSeconds = new Option<double>("--replan-seconds") { Description = "Re-planning budget", DefaultValueFactory = _ => 2 };
var replan = new Command("replan", "Plan a generated team week, send its busiest worker off sick from Wednesday, re-plan from Wednesday, and measure what changed")
{
    weekWorkers, weekVenues, weekSeed, weekSeconds, replanSeconds,
};
replan.SetAction((result, _) => ReplanBenchmark.RunAsync(
    result.GetValue(weekWorkers), result.GetValue(weekVenues), result.GetValue(weekSeed), result.GetValue(weekSeconds), result.GetValue(replanSeconds)));

// Its reads go through more code than a venue read; on two shared cores the JIT needs longer to finish with it.
var dayWarmup = new Option<double>("--warmup") { Description = "Warm-up before each scenario's runs", DefaultValueFactory = _ => 20 };
var overdue = new Option<int>("--overdue") { Description = "Shifts whose check-ins fall overdue at once, for the escalation delay", DefaultValueFactory = _ => 200 };
var workerDay = new Command("worker-day", "The worker's day under load through the API on PostgreSQL: today's shifts read and durable visit records from many phones at once, then the escalation delay of many shifts overdue at once")
{
    server, concurrency, runSeconds, dayWarmup, runs, venues, overdue,
};
workerDay.SetAction((result, _) => WorkerDayBenchmark.RunAsync(
    result.GetValue(server), result.GetValue(concurrency), result.GetValue(runSeconds), result.GetValue(dayWarmup), result.GetValue(runs), result.GetValue(venues),
    result.GetValue(overdue)));

var root = new RootCommand("OutreachRouting benchmarks") { solomon, generate, api, week, replan, workerDay };
return await root.Parse(args).InvokeAsync();
