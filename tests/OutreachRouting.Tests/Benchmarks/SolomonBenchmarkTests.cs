using OutreachRouting.Benchmarks.Solomon;
using OutreachRouting.TestSupport.Solomon;

namespace OutreachRouting.Tests.Benchmarks;

/// <summary>Runs the benchmark itself on a folder of its own; it redirects the console, so it runs alone.</summary>
[Collection(nameof(SolomonBenchmarkCollection))]
public sealed class SolomonBenchmarkTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("solomon-bench-");
    private readonly DirectoryInfo outputs = Directory.CreateTempSubdirectory("solomon-bench-out-");

    private const string Good = """
        TINY

        VEHICLE
        NUMBER     CAPACITY
          3         100

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      50         50          0          0       1000          0
            1      60         50         10          0        500         10
            2      40         50         10          0        500         10
            3      50         60         10          0        500         10
            4      50         40         10          0        500         10
        """;

    [Fact]
    public void A_malformed_file_is_named_with_its_line_and_the_run_goes_on_with_the_others()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "A_BROKEN.txt"), Good.Replace("    3      50         60", "    3      fifty      60", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder.FullName, "B_TINY.txt"), Good.ReplaceLineEndings("\r\n"));
        var bestKnown = new FileInfo(Path.Combine(outputs.FullName, "bks.csv"));
        File.WriteAllText(bestKnown.FullName, "instance,vehicles,distance,source,note\nB_TINY,1,80.0,made up,\n");
        var csv = new FileInfo(Path.Combine(outputs.FullName, "results.csv"));

        var (exitCode, _, errors) = RunBenchmark(bestKnown, 0.05, csv);

        var rows = File.ReadAllLines(csv.FullName);
        Assert.Equal(0, exitCode);
        Assert.Equal("instance,vehicles,distance,seconds,gap_pct,feasible", rows[0]);
        Assert.StartsWith("B_TINY,", Assert.Single(rows[1..]));
        Assert.EndsWith(",true", rows[1]);
        Assert.Contains("A_BROKEN.txt:13:", errors);
        Assert.Contains("skipped", errors);
    }

    [Fact]
    public void A_generated_file_runs_without_a_best_known_table_and_has_no_gap()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "GEN200_1.txt"), GeneratedInstances.ToText(GeneratedInstances.Create(200, seed: 1)));
        var csv = new FileInfo(Path.Combine(outputs.FullName, "results.csv"));

        var (exitCode, printed, _) = RunBenchmark(null, 0.2, csv);

        var row = Assert.Single(File.ReadAllLines(csv.FullName)[1..]).Split(',');
        Assert.Equal(0, exitCode);
        Assert.Equal(("GEN200_1", "", "true"), (row[0], row[4], row[5]));
        Assert.Contains("average gap n/a over 0 instances", printed);
    }

    /// <summary>Runs the benchmark on the test's folder, returning its exit code and what it printed to each stream.</summary>
    private (int ExitCode, string Printed, string Errors) RunBenchmark(FileInfo? bestKnown, double seconds, FileInfo csv)
    {
        var (printed, errors) = (new StringWriter(), new StringWriter());
        var (standardOutput, standardError) = (Console.Out, Console.Error);
        try
        {
            Console.SetOut(printed);
            Console.SetError(errors);
            var exitCode = SolomonBenchmark.Run(new DirectoryInfo(folder.FullName), bestKnown, seconds, csv, 1, 1);
            return (exitCode, printed.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(standardOutput);
            Console.SetError(standardError);
        }
    }

    public void Dispose()
    {
        folder.Delete(recursive: true);
        outputs.Delete(recursive: true);
    }
}

[CollectionDefinition(nameof(SolomonBenchmarkCollection), DisableParallelization = true)]
public sealed class SolomonBenchmarkCollection;
