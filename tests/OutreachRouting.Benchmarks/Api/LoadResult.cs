namespace OutreachRouting.Benchmarks.Api;

/// <summary>One timed run of one scenario.</summary>
public sealed record LoadResult(long Requests, long Failures, double Seconds, double P50Milliseconds, double P99Milliseconds)
{
    public double RequestsPerSecond => Requests / Seconds;
}
