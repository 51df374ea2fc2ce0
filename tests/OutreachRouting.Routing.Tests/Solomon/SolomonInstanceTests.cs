using OutreachRouting.Routing.Solomon;
using OutreachRouting.TestSupport.Solomon;

namespace OutreachRouting.Routing.Tests.Solomon;

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
    public void A_generated_400_customer_instance_is_written_read_back_unchanged_and_solved_feasibly()
    {
        var generated = GeneratedInstances.Create(400, seed: 3);
        var path = Path.Combine(Path.GetTempPath(), $"gen400-{Environment.ProcessId}.txt");
        File.WriteAllText(path, GeneratedInstances.ToText(generated));
        try
        {
            var instance = SolomonReader.Read(path);
            Assert.Equal(401, instance.Customers.Count);
            Assert.Equal(generated.Customers, instance.Customers);
            Assert.Equal((100, 200), (instance.Vehicles, instance.Capacity));
            var result = Solve.Feasibly(instance.ToProblem(), iterations: 5);
            Assert.Empty(result.Solution.Unassigned);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
