using System.Globalization;
using System.Text;
using OutreachRouting.Engine.Solomon;
using OutreachRouting.Engine.Tests.Support;

namespace OutreachRouting.Engine.Tests.Solomon;

public class SolomonInstanceTests
{
    [SolomonFact]
    public void All_56_instances_parse()
    {
        var files = Directory.GetFiles(SolomonData.Instances, "*.txt");
        Assert.Equal(56, files.Length);
        Assert.All(files, f => Assert.Equal(101, SolomonReader.Read(f).Customers.Count));
    }

    [SolomonFact]
    public void C101_reaches_its_best_known_ten_routes_and_distance()
    {
        var problem = SolomonReader.Read(SolomonData.Instance("C101")).ToProblem();
        var result = Solve.Feasibly(problem, iterations: 200);
        Assert.Equal(10, result.Check.VehiclesUsed);
        Assert.Equal(828.94, Math.Round(result.Check.Distance, 2));
    }

    [SolomonFact]
    public void R102_a_tight_instance_comes_out_feasible_and_near_its_best_known()
    {
        var problem = SolomonReader.Read(SolomonData.Instance("R102")).ToProblem();
        var result = Solve.Feasibly(problem, iterations: 150);
        Assert.InRange(result.Check.Distance, 1472.81 - 0.01, 1472.81 * 1.03);
    }

    [Fact]
    public void A_generated_400_customer_instance_is_read_and_solved_feasibly()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gen400-{Environment.ProcessId}.txt");
        File.WriteAllText(path, Generate(400, seed: 3));
        try
        {
            var instance = SolomonReader.Read(path);
            Assert.Equal(401, instance.Customers.Count);
            var result = Solve.Feasibly(instance.ToProblem(), iterations: 5);
            Assert.Empty(result.Solution.Unassigned);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A random instance in the Gehring-Homberger layout, every window reachable straight from the depot.</summary>
    private static string Generate(int customers, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        text.Append("GEN400\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n  100         200\r\n\r\nCUSTOMER\r\n");
        text.Append("CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n \r\n");
        text.Append("    0      100        100          0          0       1500          0\r\n");
        for (var i = 1; i <= customers; i++)
        {
            int x = random.Next(201), y = random.Next(201);
            var direct = Math.Sqrt(Math.Pow(x - 100, 2) + Math.Pow(y - 100, 2));
            var ready = (int)Math.Ceiling(direct) + random.Next(1000);
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{i,5} {x,8} {y,8} {random.Next(1, 40),8} {ready,8} {ready + 100,8} {10,8}\r\n"));
        }
        return text.ToString();
    }
}
