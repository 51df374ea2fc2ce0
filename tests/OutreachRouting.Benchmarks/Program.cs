using System.CommandLine;
using OutreachRouting.Benchmarks.Solomon;

var instances = new Option<DirectoryInfo>("--instances") { Description = "Folder of Solomon-format instance files", Required = true };
var bestKnown = new Option<FileInfo>("--bks") { Description = "Best-known CSV: instance,vehicles,distance,...", Required = true };
var seconds = new Option<double>("--seconds") { Description = "Time budget per instance", DefaultValueFactory = _ => 1.0 };
var csv = new Option<FileInfo>("--csv") { Description = "Per-instance results to write", Required = true };
var parallelism = new Option<int>("--parallelism") { Description = "Independent searches per instance, one per core", DefaultValueFactory = _ => 1 };
var seed = new Option<int>("--seed") { Description = "Seed of the first search", DefaultValueFactory = _ => 1 };

var solomon = new Command("solomon", "Solve every instance in a folder and compare with best-known values")
{
    instances, bestKnown, seconds, csv, parallelism, seed,
};
solomon.SetAction(result => SolomonBenchmark.Run(
    result.GetValue(instances)!,
    result.GetValue(bestKnown)!,
    result.GetValue(seconds),
    result.GetValue(csv)!,
    result.GetValue(parallelism),
    result.GetValue(seed)));

var root = new RootCommand("OutreachRouting benchmarks") { solomon };
return root.Parse(args).Invoke();
