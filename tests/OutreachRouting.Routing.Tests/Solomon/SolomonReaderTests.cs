using OutreachRouting.Routing.Solomon;

namespace OutreachRouting.Routing.Tests.Solomon;

public class SolomonReaderTests
{
    private static readonly string[] Valid =
    [
        "TINY", "", "VEHICLE", "NUMBER     CAPACITY", "  2         50", "", "CUSTOMER",
        "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", " ",
        "    0      40         50          0          0       1236          0   ",
        "    1      45         68         10        912        967         90   ",
        "    2      45         70         30        825        870         90   ",
    ];

    [Fact]
    public void A_valid_file_with_crlf_lines_is_read()
    {
        var instance = SolomonReader.Parse("tiny.txt", [.. Valid.Select(l => l + "\r")]);
        Assert.Equal("TINY", instance.Name);
        Assert.Equal(2, instance.Vehicles);
        Assert.Equal(50, instance.Capacity);
        Assert.Equal(3, instance.Customers.Count);
        Assert.Equal(new SolomonCustomer(2, 45, 70, 30, 825, 870, 90), instance.Customers[2]);
        var problem = instance.ToProblem();
        Assert.Equal(2, problem.Jobs.Count);
        Assert.Equal(Math.Sqrt(25 + 324), problem.Profiles[0].Distances[0, 1], 12);
    }

    [Theory]
    [InlineData(10, "    1      45         68         ten        912        967         90", 11, "demand")]
    [InlineData(11, "    2      45         70         30        825        870", 12, "expected 7 numbers")]
    [InlineData(11, "    5      45         70         30        825        870         90", 12, "customer number 5")]
    [InlineData(4, "  two         50", 5, "vehicle number")]
    public void A_malformed_line_is_reported_by_file_and_line(int index, string line, int expectedLine, string reason)
    {
        var lines = Valid.ToArray();
        lines[index] = line;
        var error = Assert.Throws<SolomonFormatException>(() => SolomonReader.Parse("bad.txt", lines));
        Assert.Equal("bad.txt", error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"bad.txt:{expectedLine}:", error.Message);
    }

    [Fact]
    public void A_file_without_a_customer_section_is_rejected()
    {
        var error = Assert.Throws<SolomonFormatException>(() => SolomonReader.Parse("cut.txt", Valid[..5]));
        Assert.Contains("CUSTOMER", error.Reason);
    }
}
